namespace PartnerBot.Owner;

/// <summary>Registers and maps the owner's side: the JSON API.</summary>
public static class OwnerExtensions
{
    /// <summary>Registers the owner services.</summary>
    public static IServiceCollection AddPartnerBotOwner(this IServiceCollection services)
    {
        services.AddOptions<OwnerOptions>().BindConfiguration(OwnerOptions.SectionName);
        services.AddSingleton<OwnerApiKeyFilter>();
        return services;
    }

    /// <summary>Maps the owner endpoints.</summary>
    public static IEndpointRouteBuilder MapOwner(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOwnerApi();
        return endpoints;
    }
}
