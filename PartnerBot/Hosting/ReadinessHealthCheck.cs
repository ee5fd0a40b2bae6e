using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerBot.Hosting;

/// <summary>The start-up part of <c>/healthz</c>: unhealthy (503) until <see cref="Readiness"/> says ready.</summary>
public sealed class ReadinessHealthCheck(Readiness readiness) : IHealthCheck
{
    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("starting"));
}
