namespace PartnerBot.Understanding;

/// <summary>Reads a short agreement or refusal, in German or English whatever the locale ("ja gerne", "lieber nicht", "sure", "no thanks", 👍).</summary>
public sealed class YesNoRecognizer
{
    private const int MaxWordsForLeadingAnswer = 12;

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "ja", "jawohl", "jap", "jo", "klar", "gerne", "gern", "ok", "okay", "okey", "einverstanden", "passt", "stimmt", "genau", "richtig",
        "sicher", "natürlich", "selbstverständlich", "freilich", "yes", "yep", "yeah", "yup", "sure", "fine", "correct", "agreed", "absolutely",
        "definitely", "certainly", "right", "thumbsup", "gut", "prima", "super", "perfekt", "perfect", "great", "alright", "good",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "nein", "nee", "nö", "noe", "nope", "no", "nah", "thumbsdown", "keinesfalls", "niemals", "never", "falsch", "wrong", "incorrect",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "nicht", "not", "lieber", "eher", "gar", "kein", "keinen", "besser" };

    private static readonly string[] YesPhrases = ["auf jeden fall", "of course", "na klar", "sounds good", "go ahead", "das passt", "why not", "warum nicht", "sehr gern", "no problem", "kein problem", "no worries"];

    private static readonly string[] NoPhrases = ["auf keinen fall", "no thanks", "no thank you", "i don't think so", "lieber nicht", "besser nicht", "eher nicht", "not really"];

    private static readonly string[] Unsure = ["not sure", "no idea", "weiß nicht", "weiss nicht", "keine ahnung", "vielleicht", "maybe", "i don't know", "ich weiß nicht", "ich weiss nicht", "i'm not sure", "dunno"];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "bitte", "danke", "dankeschön", "please", "thanks", "thank", "you", "das", "ist", "so", "sehr", "schon", "doch", "na", "alles", "ganz",
        "mach", "machen", "wir", "sie", "es", "go", "ahead", "that's", "thats", "it", "is", "sounds", "all", "wirklich", "really", "mal",
        "auch", "vielen", "dank", "much", "wohl", "and", "und", "aber",
    };

    private static readonly string[] StrongLeads = ["ja", "jawohl", "yes", "yeah", "yep", "nein", "nee", "nö", "no", "nope", "okay", "ok"];

    /// <summary>Yes, No or None for <paramref name="text"/>: only when the message is mainly an answer, or opens with one ("Ja, mein Name ist Anna").</summary>
    public YesNo Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return YesNo.None;
        }

        var words = MessageWords.Of(text);
        var joined = string.Join(' ', words);
        if (Unsure.Any(phrase => StartsWithPhrase(joined, phrase)))
        {
            return YesNo.None;
        }

        var clauseEnd = text.AsSpan().IndexOfAny(",;.!?:-–\n");
        var firstClause = clauseEnd > 0 ? MessageWords.Of(text[..clauseEnd]) : words;
        var clause = string.Join(' ', firstClause);
        if (NoPhrases.FirstOrDefault(phrase => StartsWithPhrase(clause, phrase)) is { } no && OnlyFiller(clause[no.Length..]))
        {
            return YesNo.No;
        }

        if (YesPhrases.FirstOrDefault(phrase => StartsWithPhrase(clause, phrase)) is { } yes && (OnlyFiller(clause[yes.Length..]) || Classify(MessageWords.Of(clause[yes.Length..])) == YesNo.Yes))
        {
            return YesNo.Yes;
        }

        if (Classify(firstClause) is var answer && answer != YesNo.None)
        {
            return answer;
        }

        if (words.Length is > 0 and <= MaxWordsForLeadingAnswer && StrongLeads.Contains(words[0]) && !(words.Length > 1 && Negators.Contains(words[1])))
        {
            return NoWords.Contains(words[0]) ? YesNo.No : YesNo.Yes;
        }

        return YesNo.None;
    }

    /// <summary>Yes when the words are yes-words and filler, No when they hold a no-word or a negated yes ("sicher nicht", "lieber nicht", "not really").</summary>
    private static YesNo Classify(string[] words)
    {
        if (words.Length is 0 or > 6)
        {
            return YesNo.None;
        }

        int yes = 0, no = 0, negators = 0;
        foreach (var word in words)
        {
            if (NoWords.Contains(word))
            {
                no++;
            }
            else if (Negators.Contains(word))
            {
                negators++;
            }
            else if (YesWords.Contains(word))
            {
                yes++;
            }
            else if (!Filler.Contains(word))
            {
                return YesNo.None; // another word: this is a sentence, not an answer
            }
        }

        if (no > 0 || (negators > 0 && (yes > 0 || IsNegatedPhrase(words))))
        {
            return YesNo.No;
        }

        return yes > 0 ? YesNo.Yes : YesNo.None;
    }

    private static bool StartsWithPhrase(string words, string phrase) =>
        words.StartsWith(phrase, StringComparison.Ordinal) && (words.Length == phrase.Length || words[phrase.Length] == ' ');

    private static bool OnlyFiller(string words) => MessageWords.Of(words).All(Filler.Contains);

    /// <summary>"lieber nicht", "auf keinen Fall", "eher nicht", "gar nicht": refusals made of negators and filler alone.</summary>
    private static bool IsNegatedPhrase(string[] words) =>
        words.Contains("nicht") || words.Contains("not");
}
