using Microsoft.Extensions.Options;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Owner.Handoff;

/// <summary>Tells the owner by webhook and e-mail, at once, that someone waits for a person (beside the live dashboard's sound).</summary>
/// <remarks>Sent in the background so the customer's turn does not wait for it; a failure is logged, the queue still shows the customer.</remarks>
public sealed class HandoffAlert(IEnumerable<INotificationChannel> channels, IOptionsMonitor<OwnerOptions> options, Wording.OwnerWordingCatalog wording,
    TimeProvider time, ILogger<HandoffAlert> logger)
{
    /// <summary>Starts the notices for <paramref name="chat"/>; the returned task ends when every channel tried.</summary>
    public Task SendAsync(HandoffChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var enabled = channels.Where(c => c.IsEnabled).ToList();
        if (enabled.Count == 0)
        {
            return Task.CompletedTask;
        }

        var text = wording.For((string?)null);
        var url = options.CurrentValue.DashboardUrl is { Length: > 0 } root ? $"{root.TrimEnd('/')}/owner/live/chat/{chat.Id}" : null;
        var notice = new ProfileNotice("handoff-" + chat.Id, text["live.notice"], chat.CustomerName, null, null, null, time.GetUtcNow(), url);
        return Task.Run(async () =>
        {
            foreach (var channel in enabled)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    await channel.SendAsync(notice, timeout.Token);
                }
                catch (Exception exception)
                {
                    logger.LogWarning("The {Channel} notice that a customer waits did not arrive ({ExceptionType}).", channel.Name, exception.GetType().FullName);
                }
            }
        });
    }
}
