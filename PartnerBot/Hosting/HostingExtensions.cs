using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("ready");
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

    /// <summary><c>GET /healthz</c>: 200 once ready (also when degraded, e.g. by an old backup, with a warning), 503 before.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return endpoints;
    }
}
