namespace PartnerBot.Bench.Corpus;

/// <summary>A labelled timeframe: the deadline (the end of a range), urgent ("sofort"), open ("noch offen").</summary>
public sealed record CorpusTimeframe(DateOnly? Date = null, bool Urgent = false, bool Open = false);
