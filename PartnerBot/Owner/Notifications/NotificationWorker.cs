using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Notifications;

/// <summary>Runs the <see cref="NotificationOutbox"/> every <c>Owner:NotifyPollSeconds</c> while a notification channel is configured.</summary>
public sealed class NotificationWorker(NotificationOutbox outbox, IOptionsMonitor<OwnerOptions> options, TimeProvider time, ILogger<NotificationWorker> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!outbox.IsEnabled)
        {
            logger.LogInformation("Owner notifications are off: neither Owner:NotifyWebhookUrl nor Owner:Smtp is configured.");
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await outbox.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError("The notification round failed: {Error}", ex.GetType().Name);
                }

                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.NotifyPollSeconds), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
