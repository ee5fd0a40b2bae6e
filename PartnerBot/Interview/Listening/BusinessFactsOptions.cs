namespace PartnerBot.Interview.Listening;

/// <summary>The owner's answers to customers' questions, per language (<c>Bot:Facts:de</c>, <c>Bot:Facts:en</c>, …).</summary>
public sealed class BusinessFactsOptions
{
    /// <summary>The section that holds <see cref="Facts"/> (the key is <c>Bot:Facts</c>); it is <c>BotOptions</c>' section, so it is not named <c>SectionName</c>.</summary>
    public const string ParentSection = "Bot";

    /// <summary>The answers by language code.</summary>
    public Dictionary<string, List<BusinessFact>> Facts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
