using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerBot.Storage.Backup;

/// <summary>The backup part of <c>/healthz</c>: the last good backup and its age; degraded (still 200) when it is older than two intervals.</summary>
public sealed class BackupHealthCheck(BackupStatus status, TimeProvider time) : IHealthCheck
{
    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.Active)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        var now = time.GetUtcNow();
        var age = status.Age(now);
        var data = new Dictionary<string, object>
        {
            ["lastGoodBackup"] = status.LastGood?.TakenAt.ToString("O", CultureInfo.InvariantCulture) ?? "",
            ["lastGoodBackupFile"] = status.LastGood is { } good ? Path.GetFileName(good.Path) : "",
            ["ageSeconds"] = (long)age.TotalSeconds,
            ["intervalSeconds"] = (long)status.Interval.TotalSeconds,
        };
        if (status.LastFailure is { } failure)
        {
            data["lastFailure"] = failure;
            data["lastFailureAt"] = status.LastFailureAt?.ToString("O", CultureInfo.InvariantCulture) ?? "";
        }

        if (!status.IsOverdue(now))
        {
            return Task.FromResult(HealthCheckResult.Healthy(data: data));
        }

        var warning = status.LastGood is null
            ? $"No good backup for {Describe(age)}, more than twice Storage:Backup:Interval ({Describe(status.Interval)})."
            : $"The last good backup is {Describe(age)} old, more than twice Storage:Backup:Interval ({Describe(status.Interval)}).";
        return Task.FromResult(HealthCheckResult.Degraded(warning, data: data));
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0} minutes";
}
