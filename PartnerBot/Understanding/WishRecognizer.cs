using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds a wish stated in the customer's own phrasing ("ich brauche …", "wir planen …", "I'm looking for …") and keeps only its object, without dates, amounts and contact details.</summary>
public sealed partial class WishRecognizer
{
    /// <summary>The wish in <paramref name="text"/>, with the <paramref name="entities"/> (dates, money, e-mail, phone, name phrase) cut out, or null.</summary>
    public Recognized<TextMatch>? Find(string text, IReadOnlyCollection<TextSpan> entities)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match trigger in TriggerRegex().Matches(text))
        {
            var start = trigger.Index + trigger.Length;
            if (new TextSpan(trigger.Index, trigger.Length).OverlapsAny(entities))
            {
                continue;
            }

            var end = EndOfPhrase(text, start, entities);
            var region = new TextSpan(start, end - start);
            var inside = TextCleaner.WithConnectors(text, entities.Where(e => e.Overlaps(region)))
                .Select(e => new TextSpan(e.Start - start, e.Length))
                .Select(e => Clip(e, region.Length));
            var value = TextCleaner.Remove(text.Substring(start, region.Length), inside);
            value = TextCleaner.Tidy(LeadingFillerRegex().Replace(TrailingFillerRegex().Replace(value, ""), ""));
            if (value.Length > 1 && value.Any(char.IsLetter) && !NotAWishRegex().IsMatch(value))
            {
                var span = new TextSpan(trigger.Index, end - trigger.Index);
                return new(new TextMatch(text.Substring(span.Start, span.Length).Trim(), value), span);
            }
        }

        return null;
    }

    private static TextSpan Clip(TextSpan span, int length)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(length, span.End);
        return new TextSpan(start, Math.Max(0, end - start));
    }

    /// <summary>The wish runs to the end of its sentence, or to a comma that starts a new clause ("…, ich bin Anna", "…, anna@example.com").</summary>
    private static int EndOfPhrase(string text, int start, IReadOnlyCollection<TextSpan> entities)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (entities.Any(e => i >= e.Start && i < e.End))
            {
                continue;
            }

            if (c is '\n' or ';' or '!' or '?')
            {
                return i;
            }

            if (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !AbbreviationBeforeRegex().IsMatch(text.AsSpan(Math.Max(start, i - 6), i - Math.Max(start, i - 6))))
            {
                return i;
            }

            if (c is '-' or '–' or '—' && i > start && char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i; // " - " starts an aside
            }

            if (c == ',' && !ContinuationRegex().IsMatch(text.AsSpan(i + 1)))
            {
                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:ich\s+(?:brauche|benötige|bräuchte|möchte|suche|will|wünsche\s+mir|plane|hätte\s+gerne?|würde\s+gerne?|interessiere\s+mich\s+für)|wir\s+(?:brauchen|benötigen|bräuchten|möchten|suchen|wollen|wünschen\s+uns|planen|hätten\s+gerne?|würden\s+gerne?|interessieren\s+uns\s+für)|(?:ich\s+bin|wir\s+sind)\s+auf\s+der\s+suche\s+nach|(?:mein|unser)\s+wunsch\s+(?:ist|wäre|lautet)|(?:i|we)\s+(?:need|want|would\s+like|plan|wish\s+for|(?:am|are)\s+(?:looking\s+for|planning|interested\s+in))|(?:i|we)['’](?:d\s+like|m\s+looking\s+for|re\s+looking\s+for|m\s+planning|re\s+planning|m\s+interested\s+in|re\s+interested\s+in)|(?:my|our)\s+wish\s+is|(?:und|and)\s+(?:suchen|brauchen|benötigen|möchten|planen|wollen|wünschen\s+uns|suche|brauche|benötige|möchte|plane|will|need|want|are\s+looking\s+for|am\s+looking\s+for|would\s+like))(?:\s+(?:eigentlich|doch|eher|dringend|auch|noch|gerne?|bitte|actually|really|rather|urgently|also|still|just|to\s+have|to\s+get|to))*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"^\s*(?:die|der|das|den|dem|welche[rsn]?|mit|ohne|inklusive|inkl\.|sowie|am\s+besten|that|which|who|with|without|including|incl\.|plus|ideally|idealerweise|(?:und|and)\s+(?!ich\b|wir\b|i\b|we\b|mein|my\b|meine|unser|our\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"(?:\b(?:ca|bzw|inkl|incl|evtl|usw|etc|z\.B|Dr|Nr|ggf|max|min|approx)|\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationBeforeRegex();

    /// <summary>"keine Website" is no wish, and "dass meine Kunden …" is a vision rather than a thing wished for.</summary>
    [GeneratedRegex(@"^(?:kein|keine|keinen|keinerlei|nichts|nix|no|nothing|none|dass)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAWishRegex();

    [GeneratedRegex(@"^(?:(?:eigentlich|doch|eher|dringend|auch|noch|gerne?|bitte|actually|really|rather|urgently|also|still|just|to)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFillerRegex();

    [GeneratedRegex(@"(?:[\s,]+(?:bitte|please|danke|thanks|haben|bekommen|am\s+besten|idealerweise|möglichst|gerne?|fertig|spätestens|ideally|preferably|ready|done|finished|at\s+the\s+latest))+[\s,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFillerRegex();
}
