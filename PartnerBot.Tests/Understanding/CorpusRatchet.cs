namespace PartnerBot.Tests.Understanding;

/// <summary>Per language group, the share in percent of the held-back part read right per field and for the kind, as reached; raise a floor when understanding improves.
/// The held-back part grew by 132 and then by 110 cases written apart from the rules (2026-12-01): the floors that the new cases pushed down were set again to what the rules reach on it.</summary>
public static class CorpusRatchet
{
    public static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["at-ch"] = new(StringComparer.Ordinal) { ["budget"] = 71.4, ["email"] = 100.0, ["kind"] = 80.0, ["name"] = 85.7, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 62.5, ["title"] = 100.0, ["wish"] = 50.0 },
        ["de"] = new(StringComparer.Ordinal) { ["budget"] = 86.2, ["command"] = 57.1, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 87.8, ["language"] = 100.0, ["name"] = 76.4, ["phone"] = 100.0, ["salutation"] = 66.6, ["timeframe"] = 81.5, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 87.5 },
        ["en"] = new(StringComparer.Ordinal) { ["budget"] = 83.3, ["command"] = 50.0, ["email"] = 100.0, ["emailProblem"] = 66.6, ["kind"] = 95.5, ["language"] = 66.6, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 93.7, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 80.0 },
        ["fr"] = new(StringComparer.Ordinal) { ["budget"] = 60.0, ["email"] = 100.0, ["kind"] = 92.3, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 50.0, ["wish"] = 100.0 },
    };
}
