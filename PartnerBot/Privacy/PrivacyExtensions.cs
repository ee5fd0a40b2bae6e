namespace PartnerBot.Privacy;

/// <summary>Registers and maps the Privacy area.</summary>
public static class PrivacyExtensions
{
    /// <summary>Registers the Privacy services.</summary>
    public static IServiceCollection AddPartnerBotPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<ICustomerDataEraser, CustomerDataEraser>();
        return services;
    }

    /// <summary>Maps the Privacy endpoints.</summary>
    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
