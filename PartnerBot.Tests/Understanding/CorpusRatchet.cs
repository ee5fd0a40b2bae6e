namespace PartnerBot.Tests.Understanding;

/// <summary>Per language group, the share in percent of the held-back part read right per field and for the kind, as reached; raise a floor when understanding improves.</summary>
public static class CorpusRatchet
{
    public static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["at-ch"] = new(StringComparer.Ordinal) { ["budget"] = 100.0, ["email"] = 100.0, ["kind"] = 93.7, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 66.6, ["title"] = 100.0, ["wish"] = 50.0 },
        ["de"] = new(StringComparer.Ordinal) { ["budget"] = 93.3, ["command"] = 57.1, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 89.2, ["language"] = 100.0, ["name"] = 76.4, ["phone"] = 100.0, ["salutation"] = 66.6, ["timeframe"] = 90.9, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 87.5 },
        ["en"] = new(StringComparer.Ordinal) { ["budget"] = 83.3, ["command"] = 50.0, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 96.5, ["language"] = 66.6, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 100.0, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 80.0 },
        ["fr"] = new(StringComparer.Ordinal) { ["budget"] = 66.6, ["email"] = 100.0, ["kind"] = 93.7, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 66.6, ["wish"] = 100.0 },
    };
}
