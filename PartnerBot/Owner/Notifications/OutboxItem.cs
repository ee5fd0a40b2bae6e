using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Notifications;

/// <summary>The notification of one completed profile, or of a profile's requests for a person, a call back or a complaint: whether it
/// is due, being sent (leased by one instance) or sent. Holds no customer data.</summary>
public sealed class OutboxItem : IStoreItem
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Abandoned = "abandoned";

    /// <summary>The <see cref="Kind"/> of a notification of a profile's requests (the completed profile's has none).</summary>
    public const string RequestsKind = "requests";

    public string ProfileId { get; set; } = "";

    /// <summary>Null for the notice of a completed profile, <see cref="RequestsKind"/> for its requests.</summary>
    public string? Kind { get; set; }

    /// <summary>How many of the profile's urgent requests the owner was told of; a new one makes the item due again.</summary>
    public int Notified { get; set; }
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

    /// <summary>The store key of the notification of a profile's requests.</summary>
    public static string RequestsKeyFor(string profileId) => $"owner/outbox/{profileId}/requests";

    /// <summary>This item's store key.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string Key => Kind == RequestsKind ? RequestsKeyFor(ProfileId) : KeyFor(ProfileId);

    /// <summary>True when this instance may take it now: due, or leased by an instance that has since gone quiet.</summary>
    public bool IsDue(DateTimeOffset now) =>
        (State == Pending && NextAttemptAt <= now) || (State == Sending && LeaseUntil <= now);
}
