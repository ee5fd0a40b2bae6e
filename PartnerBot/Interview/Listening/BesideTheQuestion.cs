using System.Text.RegularExpressions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>What a message says besides its question for the business: "Wir brauchen ein neues Dach. Machen Sie auch Dachfenster?"
/// answers the wish question and asks something; the question is answered or passed on, the rest answers the question on screen.</summary>
internal static partial class BesideTheQuestion
{
    private const int MinWords = 2;

    /// <summary>The sentences of <paramref name="text"/> that are no questions, while the interview asks; null when there are none
    /// worth reading (a question alone, or a message outside the questions).</summary>
    public static string? Rest(InterviewTurn turn, string text, Understood understood)
    {
        // "sorry, can I continue in English? we want more direct bookings": asking to go on, about the bot or the data, the
        // sentences after it answer as well.
        if (understood.Kind is not (MessageKind.Question or MessageKind.Resume or MessageKind.AboutBot or MessageKind.Privacy)
            || turn.State.Phase != InterviewPhase.Asking)
        {
            return null;
        }

        if (Split(text) is { Others: { } rest })
        {
            return rest;
        }

        // "I'd like a website for my clinic, and can you also do the photos?": one sentence, the question begins after a comma.
        var sentences = Sentences(text);
        return understood.Kind == MessageKind.Question && sentences.Count == 1 && LeadClause(sentences[0]) is { } lead ? lead : null;
    }

    /// <summary>A few words before a question in the same sentence ("Max Weber – machen Sie auch Kostenvoranschläge?"), while the
    /// interview asks: too short to be read as an answer in words, they count only when they give a value of their own (a name).</summary>
    public static string? ShortLead(InterviewTurn turn, string text, Understood understood)
    {
        if (understood.Kind != MessageKind.Question || turn.State.Phase != InterviewPhase.Asking)
        {
            return null;
        }

        var sentences = Sentences(text);
        return sentences.Count == 1 && LeadClause(sentences[0], 1) is { } lead ? lead : null;
    }

    /// <summary>An answer with a question for the business in a sentence of its own, while the interview asks: the questions and
    /// the rest; null when the message has none.</summary>
    public static (List<string> Questions, string Others)? AskedBesideAnswers(InterviewTurn turn, string text, Understood understood, ITextUnderstanding understanding)
    {
        // At the summary "jo stimmt. Chömed Sie au uf Winterthur?" confirms and asks: the yes may be a word alone.
        var confirming = turn.State.Phase == InterviewPhase.Confirming && understood.Kind is MessageKind.Yes or MessageKind.Answer;
        if ((!confirming && (understood.Kind != MessageKind.Answer || turn.State.Phase != InterviewPhase.Asking)) || turn.State.Callback is not null
            || Split(text, confirming ? 1 : MinWords) is not { Others: { } rest } split)
        {
            return null;
        }

        // "is that everything you need from me?" asks about this conversation, not the business: no question to pass on.
        var questions = split.Questions
            .Where(q => !AboutTheInterview(turn.Wording, q)
                && understanding.Understand(q, turn.Locale, turn.State.CurrentSlot, turn.ReferenceTime).Kind == MessageKind.Question).ToList();
        return questions.Count > 0 ? (questions, string.Join(' ', [rest, .. split.Questions.Where(q => !questions.Contains(q))])) : null;
    }

    private static bool AboutTheInterview(Wording wording, string question)
    {
        var joined = " " + string.Join(' ', MessageWords.Of(question)).ToLowerInvariant() + " ";
        return wording.AboutTheInterview.Any(p => joined.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>The sentences that end in a question mark and the others joined, when there are both and the others say enough.</summary>
    public static (List<string> Questions, string? Others) Split(string text, int minWords = MinWords)
    {
        // A sentence ends at its punctuation; one that ends in a question mark is the question.
        var sentences = Sentences(text);
        var kept = sentences.Where(sentence => !sentence.EndsWith('?')).ToList();
        var rest = string.Join(' ', kept);
        return kept.Count > 0 && kept.Count < sentences.Count && MessageWords.Of(rest).Length >= minWords
            ? ([.. sentences.Where(sentence => sentence.EndsWith('?'))], rest)
            : ([], null);
    }

    private static List<string> Sentences(string text) => [.. Sentence().Matches(text).Select(m => m.Value.Trim()).Where(m => m.Length > 0)];

    /// <summary>The clause before a question that begins after a comma, a semicolon or a dash (with at most one joining word, "and",
    /// "und", "aber"), when it says enough to be an answer; a short opener ("Hi, …", "Kurze Frage, …") is none.</summary>
    private static string? LeadClause(string sentence, int minWords = MinClauseWords)
    {
        if (!sentence.EndsWith('?') || QuestionAfterClause.Match(sentence) is not { Success: true } match)
        {
            return null;
        }

        // "Können Sie mir sagen, was das kostet?": a clause that asks itself is the first half of the question, no answer.
        var lead = sentence[..match.Index].Trim();
        return MessageWords.Of(lead).Length >= minWords && !AskingLead.IsMatch(lead) ? lead : null;
    }

    private static readonly Regex AskingLead = Vocabulary.Compile(@"^" + Vocabulary.Shared.Pattern("kind.questionStarts") + @"(?![\p{L}])");

    private const int MinClauseWords = 4;

    private static readonly Regex QuestionAfterClause = Vocabulary.Compile(
        @"\s*[,;–—]\s*(?:\p{L}+\s+)?" + Vocabulary.Shared.Pattern("kind.questionStarts") + @"(?![\p{L}])");

    // A sentence ends at punctuation followed by a space or the end: "pixel.png?md", "5.000" or "www.example.de/?a" go on.
    [GeneratedRegex(@"(?:[^.!?\n]|[.!?](?![\s]|$))+[.!?]*", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
