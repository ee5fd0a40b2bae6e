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
                var evicted = store.EvictIdle();
                if (evicted > 0)
                {
                    logger.LogInformation("Evicted {Count} idle Direct Line conversations.", evicted);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
