namespace PartnerBot.Bench.Corpus;

/// <summary>One labelled customer message of PartnerBot.Tests/Understanding/Corpus (the README there defines the labels).</summary>
public sealed record CorpusCase(string Id, string Locale, string? OnScreen, string Text, DateOnly Now, CorpusExpect Expect)
{
    /// <summary>The file's language group ("de", "en", "at-ch", "fr").</summary>
    public string Group { get; init; } = "";

    /// <summary>True for the held-back part, which rule changes must not be fitted to.</summary>
    public bool HeldBack { get; init; }
}
