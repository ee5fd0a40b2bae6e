using PartnerBot.Owner;

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
        var readiness = app.Services.GetRequiredService<Readiness>();
        app.Lifetime.ApplicationStarted.Register(readiness.MarkStarted);
        // Security headers first so every response (redirects and errors too) carries them; then who the caller is.
        app.UseOwnerSecurityHeaders();
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
