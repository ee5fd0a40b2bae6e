using System.Text.Json.Serialization;

namespace PartnerBot.Profiles;

/// <summary>Something the customer asked of the business itself: a person, a call back, a question the bot could not answer, a complaint.</summary>
/// <param name="Kind">One of <see cref="RequestKind"/>.</param>
/// <param name="Text">The customer's words (or the details they gave for a call back).</param>
/// <param name="At">When it was asked.</param>
public sealed record ProfileRequest(string Kind, string Text, DateTimeOffset At)
{
    /// <summary>When a call back suits the customer (call backs only); null where no time was asked for or the request is another kind.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CallTime? CallTime { get; init; }

    /// <summary>True when the customer declined the call back they were offered (the request then records that answer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Declined { get; init; }
}
