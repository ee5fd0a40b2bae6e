namespace PartnerBot.WebChat;

/// <summary>Registers and maps the WebChat area.</summary>
public static class WebChatExtensions
{
    /// <summary>Registers the WebChat services.</summary>
    public static IServiceCollection AddPartnerBotWebChat(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Maps the WebChat endpoints.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
