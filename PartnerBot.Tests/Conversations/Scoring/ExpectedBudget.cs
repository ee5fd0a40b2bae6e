namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>The profile's budget with DESIGN's budget fields; <see cref="TextOnly"/> for a budget in words ("nach Angebot").</summary>
public sealed record ExpectedBudget(
    decimal? Amount = null,
    string? Currency = null,
    decimal? Min = null,
    decimal? Max = null,
    string? Per = null,
    bool UpTo = false,
    bool TextOnly = false,
    IReadOnlyList<string>? TextIncludes = null);
