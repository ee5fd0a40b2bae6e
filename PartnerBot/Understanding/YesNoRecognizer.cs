using System.Buffers;

namespace PartnerBot.Understanding;

/// <summary>Reads a short agreement or refusal, in any language the bot speaks, whatever the locale ("ja gerne", "lieber nicht", "sure", "no thanks", 👍).</summary>
public sealed class YesNoRecognizer
{
    private const int MaxWordsForLeadingAnswer = 12;

    private static readonly Vocabulary Words = Vocabulary.Shared;
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;.!?:-–\n");
    private static readonly HashSet<string> YesWords = [.. Words.Set("yesNo.yes"), .. Words.Words("yesNo.colloquialYes")];
    private static readonly HashSet<string> NoWords = [.. Words.Set("yesNo.no"), .. Words.Words("yesNo.colloquialNo")];
    private static readonly HashSet<string> Negators = Words.Set("yesNo.negators");
    private static readonly HashSet<string> Negations = Words.Set("yesNo.negations");
    private static readonly string[] YesPhrases = [.. Words.Words("yesNo.yesPhrases"), .. Words.Words("yesNo.colloquialYesPhrases")];
    private static readonly string[] NoPhrases = [.. Words.Words("yesNo.noPhrases"), .. Words.Words("yesNo.colloquialNoPhrases")];
    private static readonly string[] Unsure = [.. Words.Words("yesNo.unsure")];
    private static readonly HashSet<string> Filler = [.. Words.Set("yesNo.filler"), .. Words.Words("yesNo.colloquialFiller")];
    private static readonly HashSet<string> StrongLeads = Words.Set("yesNo.strongLeads");
    private static readonly HashSet<string> Interjections = Words.Set("yesNo.interjections");
    private static readonly HashSet<string> AustrianNo = Words.Set("yesNo.regionalNo.AT");

    /// <summary>Like <see cref="Recognize(string?)"/>, with what the page's region adds: in Austria "na" is a refusal ("na", "na danke"), elsewhere a filler.</summary>
    public YesNo Recognize(string? text, string phoneRegion)
    {
        var answer = Recognize(text);
        return answer == YesNo.None && phoneRegion == "AT" && text is not null && AustrianNo.Contains(string.Join(' ', MessageWords.Of(text))) ? YesNo.No : answer;
    }

    /// <summary>Yes, No or None for <paramref name="text"/>: only when the message is mainly an answer, or opens with one ("Ja, mein Name ist Anna").</summary>
    public YesNo Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return YesNo.None;
        }

        var words = MessageWords.Of(text);
        var joined = string.Join(' ', words);
        // "vielleicht später", "maybe later" put it off: a refusal, though they open with an unsure word.
        if (Unsure.Any(phrase => StartsWithPhrase(joined, phrase)) && !NoPhrases.Any(phrase => StartsWithPhrase(joined, phrase)))
        {
            return YesNo.None;
        }

        var clauseEnd = text.AsSpan().IndexOfAny(ClauseEnds);
        var firstClause = clauseEnd > 0 ? MessageWords.Of(text[..clauseEnd]) : words;
        if (clauseEnd > 0 && firstClause.Length > 0 && firstClause.All(Interjections.Contains) && Classify(firstClause) == YesNo.None)
        {
            // "na, des mog i ned", "hmm, not today", "bof, non": a sound of hesitation first, the answer in the next clause.
            var rest = text[(clauseEnd + 1)..];
            var nextEnd = rest.AsSpan().IndexOfAny(ClauseEnds);
            firstClause = MessageWords.Of(nextEnd >= 0 ? rest[..nextEnd] : rest);
        }

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
            // "passt scho, lieber ned", "ok, doch nicht": a refusal right after the agreement takes it back.
            return answer == YesNo.Yes && clauseEnd > 0 && IsRefusal(NextClause(text, clauseEnd)) ? YesNo.No : answer;
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

    private static string[] NextClause(string text, int clauseEnd)
    {
        var rest = text[(clauseEnd + 1)..];
        var end = rest.AsSpan().IndexOfAny(ClauseEnds);
        return MessageWords.Of(end >= 0 ? rest[..end] : rest);
    }

    private static bool IsRefusal(string[] clause)
    {
        var joined = string.Join(' ', clause);
        return joined.Length > 0 && ((NoPhrases.FirstOrDefault(phrase => StartsWithPhrase(joined, phrase)) is { } no && OnlyFiller(joined[no.Length..])) || Classify(clause) == YesNo.No);
    }

    private static bool StartsWithPhrase(string words, string phrase) =>
        words.StartsWith(phrase, StringComparison.Ordinal) && (words.Length == phrase.Length || words[phrase.Length] == ' ');

    private static bool OnlyFiller(string words) => MessageWords.Of(words).All(Filler.Contains);

    /// <summary>"lieber nicht", "auf keinen Fall", "eher nicht", "gar nicht": refusals made of negators and filler alone.</summary>
    private static bool IsNegatedPhrase(string[] words) => words.Any(Negations.Contains);
}
