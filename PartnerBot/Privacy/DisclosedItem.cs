namespace PartnerBot.Privacy;

/// <summary>One thing stored about a customer outside their profile, as they are shown it.</summary>
/// <param name="Kind">What it is: <see cref="Note"/>, <see cref="Reply"/>, or another kind the wording shows with a general label.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">Its text, as stored.</param>
public sealed record DisclosedItem(string Kind, DateTimeOffset At, string Text)
{
    /// <summary>A note the business wrote about the customer.</summary>
    public const string Note = "note";

    /// <summary>A reply the business sent to the customer.</summary>
    public const string Reply = "reply";
}
