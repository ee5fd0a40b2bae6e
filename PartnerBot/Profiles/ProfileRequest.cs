namespace PartnerBot.Profiles;

/// <summary>Something the customer asked of the business itself: a person, a call back, a question the bot could not answer, a complaint.</summary>
/// <param name="Kind">One of <see cref="RequestKind"/>.</param>
/// <param name="Text">The customer's words (or the details they gave for a call back).</param>
/// <param name="At">When it was asked.</param>
public sealed record ProfileRequest(string Kind, string Text, DateTimeOffset At);
