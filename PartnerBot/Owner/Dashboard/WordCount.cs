namespace PartnerBot.Owner.Dashboard;

/// <summary>How often a word occurs in wishes.</summary>
public sealed record WordCount(string Word, int Count);
