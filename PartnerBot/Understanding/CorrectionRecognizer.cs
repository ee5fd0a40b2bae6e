using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds the slot a customer names when giving or correcting a value ("die E-Mail ist eigentlich …", "ich heiße doch …", "actually the deadline is …").</summary>
public sealed partial class CorrectionRecognizer
{
    /// <summary>The corrected slot and the span of the words that name it ("meine Vision ist eigentlich"), or null.</summary>
    /// <param name="recognizedSlots">The slots whose values were recognised in the message; with a correction word and exactly one of them, that one is meant.</param>
    public Recognized<string>? Find(string text, IReadOnlyCollection<string> recognizedSlots)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Label.Match(text) is { Success: true } label && SlotOf(label.Groups["label"].Value) is { } slot)
        {
            return new(slot, new TextSpan(label.Index, label.Length));
        }

        if (NameVerb.Match(text) is { Success: true } verb)
        {
            return new(SlotNames.Name, new TextSpan(verb.Index, verb.Length));
        }

        // "Korrektur: anna@neu.de", "nein, Ende Mai", "eigentlich 8.000 €": with one value given, that value is corrected.
        return recognizedSlots.Count == 1 && (CorrectionWord.IsMatch(text) || CorrectionOpening.IsMatch(text))
            ? new(recognizedSlots.First(), new TextSpan(0, 0))
            : null;
    }

    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>The slot each label names ("E-Mail-Adresse" → email), from the <c>correction.label.*</c> lists.</summary>
    private static readonly Dictionary<string, string> SlotOfLabel = Words.Group("correction.label.")
        .SelectMany(g => g.Words.Select(w => (Label: w, Slot: g.Name)))
        .DistinctBy(l => l.Label)
        .ToDictionary(l => l.Label, l => l.Slot, StringComparer.Ordinal);

    private static readonly string Labels = "(?<label>" + Vocabulary.Alternation(SlotOfLabel.Keys) + ")";

    private static readonly GatedRegex Label = GatedRegex.OfWords(
        @"(?<![\p{L}])(?:(?:" + Words.Pattern("correction.possessives") + @"\s+" + Labels + @"\s*(?:" + Words.Pattern("correction.copulas") + @"\b|:)|"
        + Words.Pattern("correction.verbs") + @"\s+(?:" + Words.Pattern("correction.politeness") + @"\s+)*(?:" + Words.Pattern("correction.verbArticles") + @"\s+)?" + Labels + @"\b|(?<![\p{L}-])" + Labels + @"\s*:))"
        + @"(?:\s*" + Words.Pattern("correction.adverbs") + @"\b)*", SlotOfLabel.Keys);

    private static readonly GatedRegex CorrectionWord = GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern("correction.words") + @"(?![\p{L}])", Words.Words("correction.words"));

    /// <summary>A message that opens with a correction: "Nein, …", "Eigentlich …", "Actually, …", "Lieber …".</summary>
    private static readonly GatedRegex CorrectionOpening = GatedRegex.OfWords(
        @"^\W*(?:" + Words.Pattern("correction.openingLeads") + @"\W+)?" + Words.Pattern("correction.openings") + @"(?![\p{L}])", Words.Words("correction.openings"));

    private static readonly GatedRegex NameVerb = GatedRegex.OfWords(
        @"(?<![\p{L}])" + Words.Pattern("correction.nameVerbs") + @"\s+(?:" + Words.Pattern("correction.nameVerbAdverbs") + "|"
        + Words.Pattern("correction.nameVerbNot") + @"\s+\S+,?\s+" + Words.Pattern("correction.nameVerbBut") + @")(?:\s+" + Words.Pattern("correction.nameVerbAdverbs") + ")*", Words.Words("correction.nameVerbs"));

    /// <summary>The slot a label names; a label the lists do not know is the timeframe's (the longest list of ways to say it).</summary>
    private static string SlotOf(string label) =>
        SlotOfLabel.GetValueOrDefault(SpacesRegex().Replace(label.ToLowerInvariant(), " "), SlotNames.Timeframe);

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();
}
