namespace PartnerBot.Interview.Listening;

/// <summary>The owner's answers to customers' questions, per language (<c>Bot:Facts:de</c>, <c>Bot:Facts:en</c>, …).</summary>
public sealed class BusinessFactsOptions
{
    /// <summary>The section that holds <see cref="Facts"/> (the key is <c>Bot:Facts</c>).</summary>
    public const string SectionName = "Bot";

    /// <summary>The answers by language code.</summary>
    public Dictionary<string, List<BusinessFact>> Facts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
