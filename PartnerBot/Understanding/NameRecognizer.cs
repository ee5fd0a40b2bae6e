using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds the customer's name in their own phrasing ("ich bin …", "mein Name ist …", "I'm …"), or a bare name given to the name question.</summary>
public sealed partial class NameRecognizer
{
    private const int MaxNameWords = 4;

    /// <summary>The name in <paramref name="text"/>, or null.</summary>
    public NameMatch? Recognize(string text, string? expectedSlot) => Find(text, expectedSlot)?.Value;

    /// <summary>The name and the span of the whole phrase that gave it ("ich bin Anna Schmidt").</summary>
    public Recognized<NameMatch>? Find(string text, string? expectedSlot)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lowerCaseInput = !text.Any(char.IsUpper);
        foreach (Match trigger in TriggerRegex().Matches(text))
        {
            if (ReadName(text, trigger.Index + trigger.Length, lowerCaseInput) is { } name)
            {
                var span = new TextSpan(trigger.Index, name.End - trigger.Index);
                return new(new NameMatch(text.Substring(span.Start, span.Length), name.Value), span);
            }
        }

        return expectedSlot == SlotNames.Name ? Bare(text, lowerCaseInput) : null;
    }

    /// <summary>A whole answer like "Anna Schmidt" or "Dr. Jürgen Weiß, anna@example.com": its first part, when that looks like a name.</summary>
    private static Recognized<NameMatch>? Bare(string text, bool lowerCaseInput)
    {
        var greeting = GreetingRegex().Match(text);
        var start = greeting.Success ? greeting.Length : 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = text.IndexOfAny([',', ';', '\n'], start);
        var part = TrailingHereRegex().Replace((end < 0 ? text[start..] : text[start..end]).TrimEnd(' ', '.', '!', '?'), "");
        if (part.Length == 0 || NotANameRegex().IsMatch(part))
        {
            return null;
        }

        var name = ReadName(text, start, lowerCaseInput);
        if (name is null || name.Value.End < start + part.Length)
        {
            return null; // something after the name that is no name: not a bare answer
        }

        return new(new NameMatch(text[start..name.Value.End], name.Value.Value), new TextSpan(start, name.Value.End - start));
    }

    /// <summary>Reads up to four name words from <paramref name="position"/>, skipping titles and a colloquial article ("ich bin die Anna").</summary>
    private static (string Value, int End)? ReadName(string text, int position, bool lowerCaseInput)
    {
        var lead = LeadRegex().Match(text, position);
        if (lead.Success && lead.Index == position)
        {
            position += lead.Length;
        }

        var words = new List<(string Word, int End)>();
        var end = position;
        foreach (Match token in TokenRegex().Matches(text, position))
        {
            if (!text.AsSpan(end, token.Index - end).IsWhiteSpace() || (words.Count > 0 && token.Index == end))
            {
                break; // something other than a space lies between the words
            }

            var word = token.Groups["word"].Value;
            var follower = token.Index + word.Length < text.Length ? text[token.Index + word.Length] : ' ';
            if (char.IsDigit(follower) || follower is '@' or '_')
            {
                return null;
            }

            var isParticle = words.Count > 0 && NameWords.Particles.Contains(word) && char.IsLower(word[0]);
            var isWord = (NameWords.NotNames.Contains(word) || NameWords.ClauseStarts.Contains(word)) && !(word == "Will" && !lowerCaseInput);
            if (!isParticle && (isWord || ProfessionRegex().IsMatch(word) || !StartsUpper(word, lowerCaseInput)))
            {
                break;
            }

            end = token.Index + word.Length;
            words.Add((word, end));
            if (words.Count(w => !NameWords.Particles.Contains(w.Word)) == MaxNameWords || token.Groups["stop"].Success)
            {
                break;
            }
        }

        while (words.Count > 0 && NameWords.Particles.Contains(words[^1].Word) && char.IsLower(words[^1].Word[0]))
        {
            words.RemoveAt(words.Count - 1); // "Anna von der Bäckerei": the particle belonged to what follows
        }

        if (words.Count == 0)
        {
            return null;
        }

        var name = string.Join(' ', words.Select(w => lowerCaseInput && !NameWords.Particles.Contains(w.Word) ? Capitalise(w.Word) : w.Word));
        return (name, words[^1].End);
    }

    private static bool StartsUpper(string word, bool lowerCaseInput) => lowerCaseInput || char.IsUpper(word[0]);

    private static string Capitalise(string word)
    {
        var builder = new StringBuilder(word);
        for (var i = 0; i < builder.Length; i++)
        {
            if (i == 0 || builder[i - 1] is '-' or '\'' or '’')
            {
                builder[i] = char.ToUpper(builder[i], CultureInfo.InvariantCulture);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:ich\s+bin['’]?s,?|ich\s+bin|ich\s+hei(?:ß|ss)e|mein\s+(?:vor)?name\s+(?:ist|lautet|wäre)|mein\s+name\s*:|hier\s+(?:ist|spricht|schreibt)|(?:vor)?name\s*[:=]|i['’]m|i\s+am|my\s+name\s+is|my\s+name['’]s|(?:my\s+)?name\s*:|this\s+is|call\s+me|you\s+can\s+call\s+me|sie\s+können\s+mich|du\s+kannst\s+mich)(?:\s+|(?<=:)\s*)(?:(?:eigentlich|doch|übrigens|nämlich|wirklich|natürlich|actually|really|still)\s+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"(?:(?:der|die)\s+(?=\p{Lu}))?(?:(?:Frau|Herr|Fr\.|Hr\.|Dr\.|Dr|Prof\.|Prof|Mr\.|Mr|Mrs\.|Mrs|Ms\.|Ms|Miss|Mx\.?|Dipl\.-Ing\.)\s*)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@"(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)(?<stop>\s*[,.;:!?()""/])?", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"^\s*(?:hallo|hi|hey|guten\s+(?:tag|morgen|abend)|moin|servus|hello|good\s+(?:morning|afternoon|evening))\b[\s,!.]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingRegex();

    /// <summary>"Ich bin Fotografin", "I'm a teacher": professions, not names.</summary>
    [GeneratedRegex(@"^(?:\p{L}*(?:meister|berater|therapeut|designer|fotograf|photograph|inhaber|händler|unternehmer|gründer|trainer|lehrer|architekt|ingenieur|techniker|manager|consultant|coach|anwalt|anwältin|arzt|ärztin|kaufmann|kauffrau)(?:in|innen|er)?|bäcker(?:in)?|friseur(?:in)?|frisör(?:in)?|konditor(?:in)?|schreiner(?:in)?|tischler(?:in)?|elektriker(?:in)?|maler(?:in)?|handwerker(?:in)?|künstler(?:in)?|musiker(?:in)?|wirt(?:in)?|gastronom(?:in)?|selbstständige[rn]?|owner|artist|teacher|lawyer|doctor|baker|plumber|painter|hairdresser|carpenter|electrician)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfessionRegex();

    [GeneratedRegex(@"\s+(?:hier|here)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingHereRegex();

    [GeneratedRegex(@"^(?:wei(?:ß|ss)\s+ich\s+nicht|keine\s+ahnung|ich\s+wei(?:ß|ss)\s+(?:es\s+)?nicht|no\s+idea|i\s+don['’]?t\s+know|dunno|egal|anonym\w*|niemand|nobody)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotANameRegex();
}
