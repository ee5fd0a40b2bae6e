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
            var connector = ConnectorRegex().Match(before);
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

        return LeadingConjunctionRegex().Replace(value, "");
    }

    [GeneratedRegex(@"(?:(?<=^|[\s,;:(])(?:(?:und|and|oder|or|sowie)\s+)?(?:(?:eigentlich|actually|doch|sorry|korrektur|correction|oh)[\s,:]+)?(?:(?:meine|mein|my|die|the|unsere|unser|our|das|der)\s+)?(?:(?:e-?mail(?:-?adresse)?|mail(?:adresse)?|email\s+address|e-mail\s+address|telefonnummer|handynummer|mobilnummer|rufnummer|telefon|tel\.?|handy|nummer|phone\s+number|phone|number|mobile|budget|etat|termin|deadline|zeitraum|zeitpunkt|frist|timeframe|timeline|zeitrahmen)\s*(?:(?:ist|lautet|wäre|is|would\s+be|liegt\s+(?:so\s+|etwa\s+|ungefähr\s+)?bei)\s+)?(?:(?:eigentlich|doch|eher|jetzt|now|actually|rather)\s+)?:?\s*)?(?:(?:bis\s+(?:zum|zur|spätestens)|bis\s+zu|up\s+to|mit\s+einem\s+budget\s+von|with\s+a\s+budget\s+of|budget\s+von|budget\s+of|bis|zum|zur|am|ab|für|um|vor|von|spätestens|so\s+bei|bei|ca\.|circa|etwa|ungefähr|rund|maximal|max\.|höchstens|by|for|until|till|before|around|about|approximately|approx\.|roughly|max|at|unter|under|in|within|innerhalb)\s+)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorRegex();

    [GeneratedRegex(@"^(?:und|and|oder|or|sowie)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConjunctionRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"\s+([,;:.!?])")]
    private static partial Regex SpaceBeforePunctuationRegex();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex PunctuationRunRegex();
}
