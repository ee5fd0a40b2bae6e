namespace PartnerBot.WebChat;

/// <summary>Evicts idle local Direct Line conversations once a minute.</summary>
public sealed class DirectLineEvictionService(DirectLineConversationStore store, TimeProvider time, ILogger<DirectLineEvictionService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var evicted = await store.EvictIdleAsync(stoppingToken);
                    if (evicted > 0)
                    {
                        logger.LogInformation("Evicted {Count} idle Direct Line conversations.", evicted);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A store that is away for a minute is asked again at the next tick.
                    logger.LogWarning("Evicting idle Direct Line conversations failed: {ExceptionType}", exception.GetType().FullName);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
