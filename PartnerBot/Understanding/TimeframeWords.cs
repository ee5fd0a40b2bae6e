using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Urgent ("sofort", "ASAP") and open ("noch offen", "kein Zeitdruck") timeframes, from the <c>timeframe.*</c> lists.</summary>
internal static class TimeframeWords
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly GatedRegex Urgent = Phrase("timeframe.urgent");

    /// <summary>Open anywhere: the phrase names a timeframe ("kein Zeitdruck").</summary>
    private static readonly GatedRegex OpenAnywhere = Phrase("timeframe.openAnywhere");

    /// <summary>Open only as the answer to the timeframe question ("egal", "flexibel").</summary>
    private static readonly GatedRegex OpenAnswer = Phrase("timeframe.open");

    /// <summary>Whether <paramref name="text"/> calls the timeframe urgent, and whether open; a negated urgency ("nicht dringend") is open.</summary>
    /// <remarks>With a date the timeframe is not open: "irgendwann im Frühjahr", "nicht eilig, so im Herbst" give the date.</remarks>
    public static (bool Urgent, bool Open) Read(string text, bool timeframeAsked, bool hasDate)
    {
        // Every open phrase is taken out before urgency is read: in "whenever, no rush" the rush is the negated one.
        var opens = OpenAnywhere.Matches(text).ToList();
        var rest = text;
        foreach (var open in Enumerable.Reverse(opens))
        {
            rest = rest.Remove(open.Index, open.Length).Insert(open.Index, " ");
        }

        var isOpen = opens.Count > 0 || (timeframeAsked && OpenAnswer.IsMatch(text));
        return (Urgent.IsMatch(rest), isOpen && !hasDate);
    }

    private static GatedRegex Phrase(string key) => GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern(key) + @"(?![\p{L}])", Words.Words(key));
}
