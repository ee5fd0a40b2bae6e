namespace PartnerBot.Interview.Listening;

/// <summary>The words of the built-in fact topics in one language (<c>Languages/{code}/facts.json</c>), lower case.</summary>
public sealed class FactTopics
{
    /// <summary>The words per topic name.</summary>
    public Dictionary<string, List<string>> Topics { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
