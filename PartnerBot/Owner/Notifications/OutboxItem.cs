using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Notifications;

/// <summary>The notification of one completed profile: whether it is due, being sent (leased by one instance) or sent. Holds no customer data.</summary>
public sealed class OutboxItem : IStoreItem
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Abandoned = "abandoned";

    public string ProfileId { get; set; } = "";
    public string State { get; set; } = Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The channels that already have it, so a retry does not send twice where it already arrived.</summary>
    public List<string> Delivered { get; set; } = [];

    /// <summary>The last failure's exception type (never its message, which may quote the payload).</summary>
    public string? LastError { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>The store key of a profile's notification.</summary>
    public static string KeyFor(string profileId) => $"owner/outbox/{profileId}";

    /// <summary>True when this instance may take it now: due, or leased by an instance that has since gone quiet.</summary>
    public bool IsDue(DateTimeOffset now) =>
        (State == Pending && NextAttemptAt <= now) || (State == Sending && LeaseUntil <= now);
}
