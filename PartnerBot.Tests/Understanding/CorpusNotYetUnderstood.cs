namespace PartnerBot.Tests.Understanding;

/// <summary>The build cases understanding does not read fully right yet; each is skipped with what is wrong. Remove an id once its case passes.</summary>
public static class CorpusNotYetUnderstood
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-0001", "at-0008", "at-0009", "at-0014", "at-0017", "ch-0023", "ch-0024", "ch-0034", "ch-0036", "de-0015",
        "de-0018", "de-0019", "de-0023", "de-0026", "de-0029", "de-0062", "de-0063", "de-0070", "de-0074", "de-0085",
        "de-0086", "de-0087", "de-0088", "de-0089", "de-0090", "de-0096", "de-0110", "de-0116", "de-0122", "de-0125",
        "de-0132", "de-0142", "de-0151", "de-0152", "de-0156", "de-0159", "de-0164", "de-0181", "de-0187", "de-0196",
        "de-0198", "de-0200", "de-0201", "de-0202", "de-0203", "de-0204", "de-0205", "de-0206", "de-0207", "de-0208",
        "de-0210", "de-0214", "de-0216", "de-0218", "de-0223", "de-0227", "de-0231", "de-0246", "de-0249", "de-0250",
        "de-0251", "de-0260", "de-0266", "de-0273", "de-0275", "de-0277", "de-0280", "de-0287", "de-0294", "en-0001",
        "en-0002", "en-0003", "en-0012", "en-0016", "en-0017", "en-0021", "en-0025", "en-0026", "en-0042", "en-0044",
        "en-0061", "en-0064", "en-0066", "en-0076", "en-0082", "en-0086", "en-0092", "en-0095", "en-0124", "en-0125",
        "en-0129", "en-0131", "en-0133", "en-0135", "fr-0013", "fr-0017", "fr-0026",
    };
}
