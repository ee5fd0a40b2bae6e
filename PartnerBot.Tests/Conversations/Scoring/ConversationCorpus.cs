namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>The conversation corpus's fixed points: its folder, its "today", its parts and the profile fields it scores.</summary>
public static class ConversationCorpus
{
    /// <summary>The customers' today: Tuesday 1 December 2026, ten in the morning in Central Europe (relative dates are read from it).</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The part whose conversations may be looked at while the bot is improved.</summary>
    public const string BuildPart = "build";

    /// <summary>The part nobody tunes the bot to; only its shares are ever shown.</summary>
    public const string HeldBackPart = "heldback";

    /// <summary>The scored fields in the order reports list them (<c>status</c> first); a false find is the field with a leading "+".</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["status", "salutation", "title", "name", "wish", "vision", "timeframe", "budget", "email", "phone", "requests"];

    /// <summary>The corpus folder under <paramref name="repositoryRoot"/>.</summary>
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "PartnerBot.Tests", "Conversations", "Corpus");
}
