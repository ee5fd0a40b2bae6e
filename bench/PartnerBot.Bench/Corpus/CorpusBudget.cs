namespace PartnerBot.Bench.Corpus;

/// <summary>A labelled budget, with the profile's budget fields.</summary>
public sealed record CorpusBudget(
    decimal? Amount = null,
    string? Currency = null,
    decimal? Min = null,
    decimal? Max = null,
    string? Per = null,
    bool UpTo = false,
    bool TextOnly = false);
