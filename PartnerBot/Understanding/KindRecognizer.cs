using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Reads what a message wants besides data: a person, a call back, a complaint, something about the bot, the data or the question, from the <c>kind.*</c> phrase lists.</summary>
internal static class KindRecognizer
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>The kinds told by a phrase, in the order they win: "bin ich mit einem Menschen verbunden?" asks about the bot, "auf einen Rückruf warten" complains.</summary>
    private static readonly (MessageKind Kind, GatedRegex Phrases)[] ByPhrase =
        [.. new[] { MessageKind.AboutBot, MessageKind.Privacy, MessageKind.Complaint, MessageKind.Human, MessageKind.Callback, MessageKind.OfferDu, MessageKind.Resume, MessageKind.Clarification }
            .Select(k => (k, Phrase("kind." + char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..])))];

    private static readonly Regex Greeting = Vocabulary.Compile(
        @"^(?:[\s,.!?;:\p{So}\p{Sk}\p{Cs}\u200D\uFE0F-]|(?<![\p{L}])" + Words.Pattern("greetings", "kind.smallTalk") + @"(?![\p{L}]))+$");

    private static readonly Regex QuestionStart = Vocabulary.Compile(@"^\W*" + Words.Pattern("kind.questionStarts") + @"(?![\p{L}])");

    private static readonly GatedRegex AboutTheQuestion = Phrase("kind.aboutTheQuestion");

    /// <summary>True when a question names the bot's question or how to answer it ("Vorname", "Datum", "genau", "ungefähr").</summary>
    public static bool IsAboutTheQuestion(string text) => AboutTheQuestion.IsMatch(text) && !BusinessQuestion.IsMatch(text);

    /// <summary>What something costs is a question for the business, even with "ungefähr" or "roughly" in it.</summary>
    private static readonly GatedRegex BusinessQuestion = Phrase("kind.businessQuestion");

    /// <summary>The kind one of the phrase lists tells, or null.</summary>
    public static MessageKind? ByPhrases(string text)
    {
        foreach (var (kind, phrases) in ByPhrase)
        {
            if (phrases.IsMatch(text))
            {
                return kind;
            }
        }

        // "Kann ich bitte mit Ihrem Team sprechen?": a way of talking and someone to talk to, in a short message.
        return text.Length < 160 && HumanTalk.IsMatch(text) && HumanSomeone.IsMatch(text) ? MessageKind.Human : null;
    }

    /// <summary>True when angry punctuation comes with a negation or "again" ("Keiner ruft zurück!!", "still nothing?!"): a complaint when nothing else is given.</summary>
    public static bool IsAngry(string text) =>
        (text.Contains("!!", StringComparison.Ordinal) || text.Contains("?!", StringComparison.Ordinal) || text.Contains("!?", StringComparison.Ordinal)) && AngryWords.IsMatch(text);

    private static readonly GatedRegex AngryWords = Phrase("kind.angryWords");

    private static readonly GatedRegex HumanTalk = Phrase("kind.human.talk");

    private static readonly GatedRegex HumanSomeone = Phrase("kind.human.someone");

    /// <summary>True when the message is only greetings and small talk ("Hallo nochmal!", "Na, wie geht's?", "Merci vielmal").</summary>
    public static bool IsGreeting(string text) => Greeting.IsMatch(text);

    /// <summary>True when the message asks something: a question mark, or a question word leading it.</summary>
    public static bool IsQuestion(string text) => HasQuestionMark(text) || text.Contains('¿', StringComparison.Ordinal) || QuestionStart.IsMatch(text);

    /// <summary>A question mark that ends a sentence or a word: the one inside an address ("/bild.png?groesse=2") asks nothing.</summary>
    private static bool HasQuestionMark(string text)
    {
        for (var at = text.IndexOf('?', StringComparison.Ordinal); at >= 0; at = text.IndexOf('?', at + 1))
        {
            if (at + 1 >= text.Length || (!char.IsLetterOrDigit(text[at + 1]) && text[at + 1] is not ('=' or '&' or '_' or '/' or '%')))
            {
                return true;
            }
        }

        return false;
    }

    private static GatedRegex Phrase(string key) => GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern(key) + @"(?![\p{L}])", Words.Words(key));
}
