using PartnerBot.Owner;
using PartnerBot.WebChat;

namespace PartnerBot.Hosting;

/// <summary>Cross-cutting hosting: readiness, the health endpoint, security headers and authentication.</summary>
public static class HostingExtensions
{
    /// <summary>Registers readiness.</summary>
    public static IServiceCollection AddPartnerBotHosting(this IServiceCollection services)
    {
        services.AddSingleton<Readiness>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Middleware shared by every area.</summary>
    public static WebApplication UsePartnerBotHosting(this WebApplication app)
    {
        // Security headers first so every response (static files, redirects and errors too) carries them.
        app.UseOwnerSecurityHeaders();
        app.UsePartnerBotWebChat();
        // Then who the caller is (the owner dashboard's cookie) and what they may see.
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary><c>GET /healthz</c>: 200 once ready, 503 before.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (Readiness readiness) => readiness.IsReady
            ? Results.Text("ready")
            : Results.Text("starting", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
