namespace PartnerBot.Bench.Corpus;

/// <summary>What a corpus message says: its kind and the values it gives (only those present).</summary>
public sealed record CorpusExpect(
    string Kind,
    string? Salutation = null,
    string? Title = null,
    string? Name = null,
    IReadOnlyList<string>? WishIncludes = null,
    IReadOnlyList<string>? VisionIncludes = null,
    CorpusTimeframe? Timeframe = null,
    CorpusBudget? Budget = null,
    string? Email = null,
    string? EmailProblem = null,
    string? Phone = null,
    string? Language = null,
    string? Command = null);
