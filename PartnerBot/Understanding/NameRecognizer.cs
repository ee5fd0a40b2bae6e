using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds the customer's name in their own phrasing ("ich bin …", "mein Name ist …", "I'm …"), or a bare name given to the name question.</summary>
public sealed partial class NameRecognizer
{
    private const int MaxNameWords = 4;

    /// <summary>The name and the span of the whole phrase that gave it ("ich bin Anna Schmidt").</summary>
    public Recognized<NameMatch>? Find(string text, string? expectedSlot)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lowerCaseInput = !text.Any(char.IsUpper);
        foreach (var trigger in Trigger.Matches(text))
        {
            // After "Mein Name ist" a trade is the surname ("der Name ist Tischler"); after "ich bin" it is what the customer does.
            var strong = StrongTrigger.IsMatch(trigger.Value);
            if (ReadName(text, trigger.Index + trigger.Length, lowerCaseInput, bare: strong) is { } name)
            {
                return Phrased(text, trigger.Index, name, lowerCaseInput);
            }
        }

        if (expectedSlot == SlotNames.Name && AnswerTrigger.Match(text) is { Success: true } answer
            && ReadName(text, answer.Index + answer.Length, lowerCaseInput) is { } answered)
        {
            // "Das ist Heike Braun": to the name question, what "das ist" introduces is the name.
            return Phrased(text, answer.Index, answered, lowerCaseInput);
        }

        return (expectedSlot == SlotNames.Name ? Bare(text, lowerCaseInput) : null) ?? NamedAround(text, lowerCaseInput);
    }

    private static Recognized<NameMatch> Phrased(string text, int start, (string Value, int End, string? Salutation, string? Title) name, bool lowerCaseInput)
    {
        var (value, end) = NameContinuation.Read(text, name.Value, name.End, (from, bare) => ReadName(text, from, lowerCaseInput, bare) is { } next && next.Salutation is null && next.Title is null ? ((string, int)?)(next.Value, next.End) : null);
        var span = new TextSpan(start, end - start);
        return new(new NameMatch(text.Substring(span.Start, span.Length), value, name.Salutation, name.Title), span);
    }

    /// <summary>A name that a word after it or a sign-off before it announces: "Thomas Schäfer hier, …", "Dr. Emily Carter here",
    /// "… Liebe Grüße, Anna Maler".</summary>
    private static Recognized<NameMatch>? NamedAround(string text, bool lowerCaseInput)
    {
        foreach (var here in HereAfter.Matches(text))
        {
            var start = text.AsSpan(0, here.Index).LastIndexOfAny(ClauseMarks) + 1;
            if (start > 1 && text[start - 1] == '.' && TitleBefore.Match(text, 0, start) is { Success: true } title)
            {
                start = text.AsSpan(0, title.Index).LastIndexOfAny(ClauseMarks) + 1; // "Hello, Dr. Emily Carter here": the title's dot ends no clause
            }

            if (Greeting.Match(text[start..]) is { Success: true } greeting)
            {
                start += greeting.Length;
            }

            while (start < here.Index && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (ReadName(text, start, lowerCaseInput, bare: true) is { } name && name.End <= here.Index && text.AsSpan(name.End, here.Index - name.End).IsWhiteSpace())
            {
                return new(new NameMatch(text[start..name.End], name.Value, name.Salutation, name.Title), new TextSpan(start, here.Index + here.Length - start));
            }
        }

        if (SignedOff.Match(text) is { Success: true } signOff && ReadName(text, signOff.Index + signOff.Length, lowerCaseInput, bare: true) is { } signed
            && text.AsSpan(signed.End).Trim(" .!\n\r").IsEmpty)
        {
            return new(new NameMatch(text[(signOff.Index + signOff.Length)..signed.End], signed.Value, signed.Salutation, signed.Title),
                new TextSpan(signOff.Index, signed.End - signOff.Index));
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".!?,;:\n");

    /// <summary>A whole answer like "Anna Schmidt" or "Dr. Jürgen Weiß, anna@example.com": its first part, when that looks like a name.</summary>
    private static Recognized<NameMatch>? Bare(string text, bool lowerCaseInput)
    {
        var greeting = Greeting.Match(text);
        var start = greeting.Success ? greeting.Length : 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = Inverted.IsMatch(text[start..]) ? -1 : text.IndexOfAny([',', ';', '\n'], start);
        var part = TrailingHere.Replace((end < 0 ? text[start..] : text[start..end]).TrimEnd(' ', '.', '!', '?'), "");
        if (part.Length == 0 || NotAName.IsMatch(part))
        {
            return null;
        }

        if (Inverted.Match(part) is { Success: true } inverted && !NameWords.NotNames.Contains(inverted.Groups["first"].Value))
        {
            // "Schmid, Thomas": the surname first, as on a form.
            var first = Capitalise(inverted.Groups["first"].Value);
            var last = Capitalise(inverted.Groups["last"].Value);
            return new(new NameMatch(part, first + " " + last), new TextSpan(start, part.Length));
        }

        var name = ReadName(text, start, lowerCaseInput, bare: true);
        if (name is null || (name.Value.End < start + part.Length && !FromAfter.IsMatch(text, name.Value.End)))
        {
            return null; // something after the name that is no name (nor where the person writes from): not a bare answer
        }

        return Phrased(text, start, name.Value, lowerCaseInput);
    }

    /// <summary>Reads up to four name words from <paramref name="position"/>, skipping titles and a colloquial article ("ich bin die Anna").</summary>
    /// <param name="bare">The whole message answers the name question: a trade alone is a surname there ("Bäcker").</param>
    private static (string Value, int End, string? Salutation, string? Title)? ReadName(string text, int position, bool lowerCaseInput, bool bare = false)
    {
        var lead = Lead.Match(text, position);
        var (salutation, title) = (default(string), default(string));
        if (lead.Success && lead.Index == position && lead.Length > 0)
        {
            position += lead.Length;
            (salutation, title) = SalutationAndTitle(lead.Value);
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

            // After a salutation the surname may begin with its particle: "Herr Dr. von Hohenberg".
            var isParticle = ((words.Count > 0 || salutation is not null) && NameWords.Particles.Contains(word)
                || (words.Count > 1 && NameWords.Particles.Contains(words[^1].Word) && NameWords.ParticleArticles.Contains(word))) && char.IsLower(word[0]);
            if (isParticle && (words.Count(w => !NameWords.Particles.Contains(w.Word)) >= 2 || (words.Count >= 1 && NameWords.Origins.Contains(word))))
            {
                break; // "Petra Schulze von Schulze Gartenbau", "Frau Yilmaz vom Salon Haarmonie": where the person writes from follows the name
            }

            // "c'est HT ou TTC ?", "ist das inkl. MwSt": two or three capitals in a message that has small letters abbreviate a word.
            var abbreviation = word.Length is 2 or 3 && word.All(char.IsUpper) && text.Any(char.IsLower);
            var isWord = (NameWords.NotNames.Contains(word) || NameWords.ClauseStarts.Contains(word) || abbreviation) && !(word == "Will" && !lowerCaseInput);
            if (!isParticle && (isWord || (words.Count == 0 && !bare && Profession.IsMatch(word)) || !StartsUpper(word, lowerCaseInput)))
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

        while (words.Count > 0 && (NameWords.Particles.Contains(words[^1].Word) || NameWords.ParticleArticles.Contains(words[^1].Word)) && char.IsLower(words[^1].Word[0]))
        {
            words.RemoveAt(words.Count - 1); // "Anna von der Bäckerei": the particle belonged to what follows
        }

        if (words.Count == 0)
        {
            return null;
        }

        var name = string.Join(' ', words.Select(w => lowerCaseInput && !NameWords.Particles.Contains(w.Word) ? Capitalise(w.Word) : w.Word));
        return (name, words[^1].End, salutation, title);
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

    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly GatedRegex Trigger = GatedRegex.OfWords(@"(?<![\p{L}\p{M}])" + Words.Pattern("names.triggers") + @"(?:\s+|(?<=[:=])\s*)(?:" + Words.Pattern("names.triggerAdverbs") + @"\s+)*", Words.Words("names.triggers"));

    private static readonly Regex AnswerTrigger = Vocabulary.Compile(@"^\s*(?:" + Words.Pattern("greetings") + @"(?![\p{L}])[\s,!.]*)?" + Words.Pattern("names.answerTriggers") + @"\s+");

    /// <summary>"Peter Maurer von der Firma Maurer Bau", "Sven aus Kiel": where the person writes from, after the name.</summary>
    private static readonly Regex FromAfter = Vocabulary.Compile(@"\G\s+" + Words.Pattern("names.fromWords") + @"\s+\p{L}");

    private static readonly Regex TitleBefore = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("names.titles") + @"$");

    private static readonly Regex StrongTrigger = Vocabulary.Compile("^" + Words.Pattern("names.strongTriggers") + @"(?![\p{L}])");

    // "Markus Schmid hier", not "Schreibt hier eine echte Person?": an article or a time word after it makes "hier" a place or a day.
    private static readonly GatedRegex HereAfter = GatedRegex.OfWords(
        @"(?<=[\p{L}.]\s+)" + Words.Pattern("names.here") + @"(?![\p{L}])(?!\s+" + Words.Pattern("names.hereNotBefore") + @"(?![\p{L}]))", Words.Words("names.here"));

    // The last sign-off of the message, a name only when nothing but the name follows it.
    private static readonly Regex SignedOff = new(@"(?<![\p{L}])" + Words.Pattern("names.signOffs") + @"[\s,!.:–-]+(?!.*(?<![\p{L}])" + Words.Pattern("names.signOffs") + @"[\s,!.:–-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);

    private static readonly Regex Lead = Vocabulary.Compile(@"(?:" + Words.Pattern("names.articles") + @"(?:\s+|(?<=['’]))(?=\p{L}))?(?:" + Words.Pattern("names.titles") + @"(?:(?<=\.)|(?![\p{L}]))\s*)*");

    /// <summary>The salutation and title per written form ("Hr." → Herr, "DI" → Dipl.-Ing.), longest first.</summary>
    private static readonly (Regex Written, string Salutation)[] Salutations = Forms("names.salutation.");

    private static readonly (Regex Written, string Title)[] Titles = Forms("names.title.");

    private static (Regex, string)[] Forms(string prefix) =>
        [.. Words.Group(prefix).OrderByDescending(g => g.Name.Length)
            .Select(g => (Vocabulary.Compile(@"(?<![\p{L}])" + Vocabulary.Alternation(g.Words) + @"(?:(?<=\.)|(?![\p{L}]))"), g.Name))];

    /// <summary>The salutation and title written in a name's lead ("Frau Dr. ").</summary>
    private static (string? Salutation, string? Title) SalutationAndTitle(string lead)
    {
        string? salutation = null, title = null;
        foreach (var (written, value) in Salutations)
        {
            if (written.IsMatch(lead))
            {
                salutation = value;
                break;
            }
        }

        foreach (var (written, value) in Titles)
        {
            if (written.IsMatch(lead))
            {
                title = value;
                break;
            }
        }

        return (salutation, title);
    }

    private static readonly Regex Greeting = Vocabulary.Compile(@"^\s*" + Words.Pattern("greetings") + @"\b[\s,!.]*");

    /// <summary>"Ich bin Fotografin", "I'm a teacher": professions, not names.</summary>
    private static readonly Regex Profession = Vocabulary.Compile(
        @"^(?:\p{L}*" + Words.Pattern("names.professionStems") + Words.Pattern("names.professionEndings") + "?|" + Words.Pattern("names.professions") + ")$");

    private static readonly Regex TrailingHere = Vocabulary.Compile(@"(?:[\s,]+" + Words.Pattern("names.here", "names.trailing") + ")+$");

    private static readonly Regex NotAName = Vocabulary.Compile("^" + Words.Pattern("names.notAName") + @"\b");

    /// <summary>"Schmid, Thomas", "smith, jane": two single words with a comma between them and nothing else.</summary>
    private static readonly Regex Inverted = new(@"^\s*(?<last>\p{L}[\p{L}'’-]+),\s*(?<first>\p{L}[\p{L}'’-]+)[\s.!]*$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)(?<stop>\s*[,.;:!?()""/])?", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
