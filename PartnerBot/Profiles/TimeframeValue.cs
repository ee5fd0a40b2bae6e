namespace PartnerBot.Profiles;

/// <summary>When the customer wants it: their words, the date (end of a range) and the TIMEX expression; urgent ("sofort") and open ("noch offen") with or without a date.</summary>
public sealed record TimeframeValue(string Text, DateOnly? Date, string? Timex, bool Urgent = false, bool Open = false);
