using Microsoft.Extensions.Options;

namespace PartnerBot.Privacy;

/// <summary>Once at start and then daily: purges incomplete profiles after <c>Privacy:IncompleteRetentionDays</c> and all profiles after
/// <c>Privacy:RetentionDays</c>, with their conversations' state and transcripts, owner notes and everything else erasure covers.</summary>
public sealed class RetentionService(
    CustomerDataEraser eraser,
    IOptions<PrivacyOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>How often the purge runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Raised after each run with the number of profiles purged (for tests and metrics).</summary>
    internal event Action<int>? Completed;

    /// <summary>Purges what is past its retention now, with everything that goes with it (see <see cref="CustomerDataEraser.PurgeExpiredAsync"/>); returns how many profiles went.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        return eraser.PurgeExpiredAsync(now.AddDays(-settings.IncompleteRetentionDays), now.AddDays(-settings.RetentionDays), cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first run, so the next day's tick is never missed however long a run takes.
        using var daily = new PeriodicTimer(Interval, timeProvider);
        do
        {
            var purged = -1;
            try
            {
                purged = await PurgeAsync(stoppingToken);
                logger.LogInformation("Retention: purged {Count} profile(s)", purged);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Retention purge failed: {ExceptionType}: {Message}", exception.GetType().FullName, exception.Message);
            }

            Completed?.Invoke(purged);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
