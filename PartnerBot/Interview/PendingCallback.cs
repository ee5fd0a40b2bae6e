namespace PartnerBot.Interview;

/// <summary>A call back the bot offered and is asking the details for: the number when it has none, a good time.</summary>
public sealed class PendingCallback
{
    /// <summary>The kind the details are recorded as: <c>callback</c>, or <c>complaint</c> for a complaint's call back.</summary>
    public string Kind { get; set; } = Profiles.RequestKind.Callback;

    /// <summary>True while the bot has no number to call.</summary>
    public bool NeedsNumber { get; set; }

    /// <summary>True once the customer said when a call back suits (a later message with only the number keeps that time).</summary>
    public bool HasTime { get; set; }

    /// <summary>True once the call back is arranged with the number alone: the next message may still say when it suits
    /// ("0171 …", then "egal wann"), the answer to the time the bot asked for together with the number.</summary>
    public bool TimeMayFollow { get; set; }
}
