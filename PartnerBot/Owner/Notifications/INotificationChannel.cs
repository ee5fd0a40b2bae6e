namespace PartnerBot.Owner.Notifications;

/// <summary>One way to reach the owner (webhook, e-mail).</summary>
public interface INotificationChannel
{
    /// <summary>A stable name, recorded when the channel has delivered a notice.</summary>
    string Name { get; }

    /// <summary>True when the channel is configured.</summary>
    bool IsEnabled { get; }

    /// <summary>Delivers the notice; throws when it did not arrive.</summary>
    Task SendAsync(ProfileNotice notice, CancellationToken cancellationToken);
}
