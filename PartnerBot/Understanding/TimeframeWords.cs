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
        var open = OpenAnywhere.Match(text);
        var rest = open.Success ? text.Remove(open.Index, open.Length) : text;
        var isOpen = open.Success || (timeframeAsked && OpenAnswer.IsMatch(text));
        return (Urgent.IsMatch(rest), isOpen && !hasDate);
    }

    private static GatedRegex Phrase(string key) => GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern(key) + @"(?![\p{L}])", Words.Words(key));
}
