namespace PartnerBot.Profiles;

/// <summary>When the customer wants it: their words, the date (end of a range) and the TIMEX expression.</summary>
public sealed record TimeframeValue(string Text, DateOnly? Date, string? Timex);
