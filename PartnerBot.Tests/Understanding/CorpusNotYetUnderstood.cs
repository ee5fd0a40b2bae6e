namespace PartnerBot.Tests.Understanding;

/// <summary>The build cases understanding does not read fully right yet; each is skipped with what is wrong. Remove an id once its case passes.</summary>
public static class CorpusNotYetUnderstood
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-0036", "de-0164",
        "de-0205", "de-0208", "de-0210", "de-0287", "de-0446", "en-0001", "en-0025",
        "de-1042", "de-1046", "de-1065",
        "de-1098",
    };
}
