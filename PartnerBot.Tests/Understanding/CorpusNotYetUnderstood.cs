namespace PartnerBot.Tests.Understanding;

/// <summary>The build cases understanding does not read fully right yet; each is skipped with what is wrong. Remove an id once its case passes.</summary>
public static class CorpusNotYetUnderstood
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-0036", "de-0164",
        "de-0205", "de-0208", "de-0210", "de-0287", "de-0446", "en-0001", "en-0025",
        "de-1104", "de-1233", "de-1276", "de-1281", "de-1291", "fr-0668", "fr-0669", "fr-0672",
    };
}
