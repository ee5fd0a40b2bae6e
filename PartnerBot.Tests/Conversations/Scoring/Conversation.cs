namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>One whole conversation of the conversation corpus: the page's locale, the customer's lines in order and what the
/// stored profile must say afterwards (PartnerBot.Tests/Conversations/Corpus/README.md defines the form).</summary>
/// <param name="Id">"de-07"; held-back ones carry an "h" ("de-h07").</param>
/// <param name="Locale">The page's locale ("de-AT"), not the language the customer writes in.</param>
/// <param name="Lines">What the customer writes, one message per line, after joining.</param>
/// <param name="Expect">The profile the conversation must leave.</param>
public sealed record Conversation(string Id, string Locale, IReadOnlyList<string> Lines, ConversationExpect Expect)
{
    /// <summary>The file's language group ("de", "at-ch", "en", "fr", "mixed").</summary>
    public string Group { get; init; } = "";

    /// <summary>True for the held-back part, which the conversation must not be tuned to.</summary>
    public bool HeldBack { get; init; }

    /// <summary>The part's name as reports and floors spell it.</summary>
    public string Part => HeldBack ? ConversationCorpus.HeldBackPart : ConversationCorpus.BuildPart;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
