namespace PartnerBot.Tests.Understanding;

/// <summary>Per language group, the share in percent of the held-back part read right per field and for the kind, as reached; raise a floor when understanding improves.
/// The held-back part grew by 132 and then by 110 cases written apart from the rules (2026-12-01): the floors that the new cases pushed down were set again to what the rules reach on it. Raised 2026-12-02 after the rules learnt more ways of writing; set again on 2026-12-02 when 126 more held-back cases written apart from the rules joined, and raised after the rules learnt from 286 more build cases. Set again on 2026-12-02 when 159 more held-back cases written apart joined (15 seen French ones left for the build part), and raised after the rules learnt from 103 more build cases.</summary>
public static class CorpusRatchet
{
    public static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["at-ch"] = new(StringComparer.Ordinal) { ["budget"] = 90.9, ["command"] = 66.6, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 85.4, ["name"] = 86.6, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 63.1, ["title"] = 88.8, ["vision"] = 100.0, ["wish"] = 90.0 },
        ["de"] = new(StringComparer.Ordinal) { ["budget"] = 92.8, ["command"] = 92.3, ["email"] = 100.0, ["emailProblem"] = 100.0, ["kind"] = 95.2, ["language"] = 100.0, ["name"] = 86.8, ["phone"] = 100.0, ["salutation"] = 87.5, ["timeframe"] = 95.1, ["title"] = 93.7, ["vision"] = 100.0, ["wish"] = 93.7 },
        ["en"] = new(StringComparer.Ordinal) { ["budget"] = 100.0, ["command"] = 93.7, ["email"] = 100.0, ["emailProblem"] = 83.3, ["kind"] = 98.7, ["language"] = 90.4, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 100.0, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 85.0 },
        ["fr"] = new(StringComparer.Ordinal) { ["budget"] = 91.6, ["command"] = 100.0, ["email"] = 100.0, ["kind"] = 98.5, ["language"] = 100.0, ["name"] = 100.0, ["phone"] = 100.0, ["salutation"] = 100.0, ["timeframe"] = 87.5, ["title"] = 100.0, ["vision"] = 100.0, ["wish"] = 100.0 },
    };
}
