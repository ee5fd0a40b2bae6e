using System.Text;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Cuts recognised entities (with the little words that tie them in: "bis zum", "für", "by", "E-Mail:") out of a message and tidies what is left.</summary>
internal static partial class TextCleaner
{
    private const int LookBehind = 60;

    /// <summary>Each span widened to the left over connecting words ("bis zum 1. April", "für 5.000 €", "meine E-Mail ist anna@…").</summary>
    public static List<TextSpan> WithConnectors(string text, IEnumerable<TextSpan> spans)
    {
        var widened = new List<TextSpan>();
        foreach (var span in spans)
        {
            var from = Math.Max(0, span.Start - LookBehind);
            var before = text[from..span.Start];
            var connector = Connector.Match(before);
            var start = connector.Success ? from + connector.Index : span.Start;
            widened.Add(new TextSpan(start, span.End - start));
        }

        return widened;
    }

    /// <summary><paramref name="text"/> without <paramref name="spans"/>, tidied.</summary>
    public static string Remove(string text, IEnumerable<TextSpan> spans)
    {
        var ordered = spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ToList();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in ordered)
        {
            if (span.Start > position)
            {
                builder.Append(text, position, span.Start - position);
            }

            if (span.End > position)
            {
                builder.Append(' ');
                position = span.End;
            }
        }

        if (position < text.Length)
        {
            builder.Append(text, position, text.Length - position);
        }

        return Tidy(builder.ToString());
    }

    /// <summary>Single spaces, no space before punctuation, no runs of commas, no punctuation at either end.</summary>
    public static string Tidy(string text)
    {
        var value = SpacesRegex().Replace(text, " ");
        value = SpaceBeforePunctuationRegex().Replace(value, "$1");
        value = PunctuationRunRegex().Replace(value, "$1");
        value = value.TrimStart(' ', ',', ';', ':', '-', '–', '—', '/', ')', '.', '!', '?').TrimEnd(' ', ',', ';', ':', '-', '–', '—', '/', '(', '.', '!', '?');
        if (value.EndsWith(')') && !value.Contains('('))
        {
            value = value.TrimEnd(')', ' ');
        }

        return LeadingConjunction.Replace(value, "");
    }

    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly Regex Connector = Vocabulary.Compile(
        @"(?:(?<=^|[\s,;:(])(?:" + Words.Pattern("connector.conjunctions") + @"\s+)?(?:" + Words.Pattern("connector.corrections") + @"[\s,:]+)?(?:" + Words.Pattern("connector.possessives") + @"\s+)?"
        + @"(?:" + Words.Pattern("connector.labels") + @"\s*(?:" + Words.Pattern("connector.copulas") + @"\s+)?(?:" + Words.Pattern("connector.adverbs") + @"\s+)?:?\s*)?"
        + @"(?:" + Words.Pattern("connector.prepositions") + @"\s+)*)$");

    private static readonly Regex LeadingConjunction = Vocabulary.Compile("^" + Words.Pattern("connector.conjunctions") + @"\s+");

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"\s+([,;:.!?])")]
    private static partial Regex SpaceBeforePunctuationRegex();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex PunctuationRunRegex();
}
