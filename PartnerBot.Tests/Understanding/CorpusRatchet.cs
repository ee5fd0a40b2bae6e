namespace PartnerBot.Tests.Understanding;

/// <summary>Per language group, the share in percent of the held-back part read right per field and for the kind, as reached; raise a floor when understanding improves.
/// The held-back part grew by 132 and then by 110 cases written apart from the rules (2026-12-01): the floors that the new cases pushed down were set again to what the rules reach on it. Raised 2026-12-02 after the rules learnt more ways of writing.</summary>
public static class CorpusRatchet
{
    public static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["at-ch"] = new(StringComparer.Ordinal) { ["budget"] = 88.9, ["email"] = 100.0, ["kind"] = 84.0, ["name"] = 85.7, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 62.5, ["title"] = 100.0, ["wish"] = 80.0 },
        ["de"] = new(StringComparer.Ordinal) { ["budget"] = 89.7, ["command"] = 87.0, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 92.9, ["language"] = 100.0, ["name"] = 76.7, ["phone"] = 100.0, ["salutation"] = 90.0, ["timeframe"] = 87.0, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 93.1 },
        ["en"] = new(StringComparer.Ordinal) { ["budget"] = 100.0, ["command"] = 90.0, ["email"] = 100.0, ["emailProblem"] = 66.6, ["kind"] = 97.6, ["language"] = 87.5, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 95.0, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 81.8 },
        ["fr"] = new(StringComparer.Ordinal) { ["budget"] = 85.7, ["email"] = 100.0, ["kind"] = 97.3, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 80.0, ["wish"] = 100.0 },
    };
}
