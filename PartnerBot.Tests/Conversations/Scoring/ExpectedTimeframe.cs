namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>The profile's timeframe: the deadline (the end of a range), urgent ("sofort"), open ("noch offen"); words its text must contain.</summary>
public sealed record ExpectedTimeframe(DateOnly? Date = null, bool Urgent = false, bool Open = false, IReadOnlyList<string>? TextIncludes = null);
