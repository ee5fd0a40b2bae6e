using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PartnerBot.Hosting;

/// <summary>Cross-cutting hosting: readiness, the health endpoint, client addresses, rate limits and HSTS.</summary>
public static class HostingExtensions
{
    /// <summary>Registers readiness, the hosting and rate limit options, forwarded headers and the rate limiter.</summary>
    public static IServiceCollection AddPartnerBotHosting(this IServiceCollection services)
    {
        services.AddSingleton<Readiness>();
        services.AddSingleton(TimeProvider.System);
        services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("ready");
        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) => ClientAddress.Configure(forwarded, hosting.Value));
        services.AddRateLimiter(PublicRateLimits.Configure);
        return services;
    }

    /// <summary>The first middleware: the client's address (behind named proxies) and HSTS outside Development.</summary>
    public static WebApplication UsePartnerBotHosting(this WebApplication app)
    {
        // The client's address first: the rate limits and the sign-in throttle count by it. With no proxy named the
        // middleware stays out: ASP.NET Core's forwarded headers believe every sender when both trust lists are empty.
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        if (hosting.KnownProxies.Length > 0 || hosting.KnownNetworks.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        // ASP.NET Core's own switch (a platform setting, not one of the app's options) believes X-Forwarded-For from anyone.
        if (app.Configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED"))
        {
            app.Logger.LogWarning(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED is set: ASP.NET Core then believes X-Forwarded-For from any sender. " +
                "Remove it and name the proxies in Hosting:KnownProxies or Hosting:KnownNetworks.");
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary><c>GET /healthz</c>: 200 once ready (also when degraded, e.g. by an old backup, with a warning), 503 before.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return endpoints;
    }
}
