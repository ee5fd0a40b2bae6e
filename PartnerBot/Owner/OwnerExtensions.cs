namespace PartnerBot.Owner;

/// <summary>Registers and maps the Owner area.</summary>
public static class OwnerExtensions
{
    /// <summary>Registers the Owner services.</summary>
    public static IServiceCollection AddPartnerBotOwner(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Maps the Owner endpoints.</summary>
    public static IEndpointRouteBuilder MapOwner(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
