using PartnerBot.Hosting;

namespace PartnerBot.Storage;

/// <summary>Creates or migrates the schema at start-up and marks the app ready once the store answered; retries while the database is away.</summary>
public sealed class StorageStartup(IStorageSchema schema, Readiness readiness, TimeProvider timeProvider, ILogger<StorageStartup> logger) : BackgroundService
{
    /// <summary>How long to wait before asking an unreachable database again.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Counted before the server takes requests, so /healthz says 503 until the store answered.
        readiness.Expect();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The timer exists before the first attempt, so a tick is never missed however long an attempt takes.
        using var retry = new PeriodicTimer(RetryInterval, timeProvider);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await schema.EnsureCreatedAsync(stoppingToken);
                logger.LogInformation("Storage ready ({Schema}) after {Attempts} attempt(s)", schema.GetType().Name, attempt);
                readiness.Complete();
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Storage not reachable (attempt {Attempt}): {ExceptionType}: {Message}; retrying every {Interval}",
                    attempt, exception.GetType().FullName, exception.Message, RetryInterval);
            }

            if (!await retry.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }
        }
    }
}
