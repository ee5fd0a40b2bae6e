namespace PartnerBot.Tests.Understanding;

/// <summary>Per language group, the share in percent of the held-back part read right per field and for the kind, as reached; raise a floor when understanding improves.
/// The held-back part grew by 132 and then by 110 cases written apart from the rules (2026-12-01): the floors that the new cases pushed down were set again to what the rules reach on it. Raised 2026-12-02 after the rules learnt more ways of writing; set again on 2026-12-02 when 126 more held-back cases written apart from the rules joined, and raised after the rules learnt from 286 more build cases.</summary>
public static class CorpusRatchet
{
    public static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["at-ch"] = new(StringComparer.Ordinal) { ["budget"] = 94.1, ["email"] = 100.0, ["kind"] = 85.2, ["name"] = 81.8, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 66.6, ["title"] = 83.3, ["wish"] = 87.5 },
        ["de"] = new(StringComparer.Ordinal) { ["budget"] = 93.4, ["command"] = 90.9, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 93.6, ["language"] = 100.0, ["name"] = 86.2, ["phone"] = 100.0, ["salutation"] = 89.4, ["timeframe"] = 91.6, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 90.0 },
        ["en"] = new(StringComparer.Ordinal) { ["budget"] = 100.0, ["command"] = 93.3, ["email"] = 100.0, ["emailProblem"] = 80.0, ["kind"] = 97.9, ["language"] = 85.7, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 100.0, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 87.5 },
        ["fr"] = new(StringComparer.Ordinal) { ["budget"] = 90.0, ["email"] = 100.0, ["kind"] = 98.4, ["language"] = 100.0, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 87.5, ["title"] = 100.0, ["wish"] = 100.0 },
    };
}
