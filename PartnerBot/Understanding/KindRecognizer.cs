using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Reads what a message wants besides data: a person, a call back, a complaint, something about the bot, the data or the question, from the <c>kind.*</c> phrase lists.</summary>
internal static class KindRecognizer
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>The kinds told by a phrase, in the order they win: "bin ich mit einem Menschen verbunden?" asks about the bot, "auf einen Rückruf warten" complains.
    /// A clarification's phrases come after the privacy word families: "do I have to give my phone number?" asks about the data, not the question.</summary>
    private static readonly (MessageKind Kind, GatedRegex Phrases)[] ByPhrase =
        [.. new[] { MessageKind.AboutBot, MessageKind.Privacy, MessageKind.Complaint, MessageKind.Human, MessageKind.Callback, MessageKind.OfferDu, MessageKind.Resume }
            .Select(k => (k, Phrase("kind." + char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..])))];

    // Emoticons are part of a greeting ("moin moin :)", "Good morning :-D", "hallo <3").
    private static readonly Regex Greeting = Vocabulary.Compile(
        @"^(?:[\s,.!?;:()*~^\p{So}\p{Sk}\p{Cs}\u200D\uFE0F-]|[:;=]-?[DPp](?![\p{L}])|<3|(?<![\p{L}])" + Words.Pattern("greetings", "kind.smallTalk") + @"(?![\p{L}]))+$");

    private static readonly Regex QuestionStart = Vocabulary.Compile(@"^\W*" + Words.Pattern("kind.questionStarts") + @"(?![\p{L}])");

    private static readonly GatedRegex AboutTheQuestion = Phrase("kind.aboutTheQuestion");

    /// <summary>True when a question names the bot's question or how to answer it ("Vorname", "Datum", "genau", "ungefähr").</summary>
    public static bool IsAboutTheQuestion(string text) =>
        AboutTheQuestion.IsMatch(OwnQuestion.Regex.Replace(text, " ")) && !BusinessQuestion.IsMatch(text);

    /// <summary>"quick question first - are you open on saturdays?": the customer announces a question of their own; the word
    /// "question" in it is not about the bot's question.</summary>
    private static readonly GatedRegex OwnQuestion = Phrase("kind.ownQuestion");

    /// <summary>What something costs is a question for the business, even with "ungefähr" or "roughly" in it.</summary>
    private static readonly GatedRegex BusinessQuestion = Phrase("kind.businessQuestion");

    /// <summary>The kind one of the phrase lists tells, or null.</summary>
    public static MessageKind? ByPhrases(string text)
    {
        if (BotQuestion.IsMatch(text))
        {
            return MessageKind.AboutBot;
        }

        // "Hä? Was soll das heißen?" asks what was meant, though "was soll das" alone would complain.
        if (StrongClarification.IsMatch(text))
        {
            return MessageKind.Clarification;
        }

        foreach (var (kind, phrases) in ByPhrase)
        {
            if (phrases.IsMatch(text))
            {
                return kind == MessageKind.Privacy && AsksHowMuch(text) ? MessageKind.Clarification : kind;
            }
        }

        if (text.Length >= 160)
        {
            return ClarificationPhrases.IsMatch(text) ? MessageKind.Clarification : null;
        }

        // Word families that tell a kind together, in any order and phrasing:
        // "wieso wollt ihr meine Nummer?" (why + my data), "Sind meine Daten bei Ihnen sicher?" (my data + what becomes of it),
        // "The boiler you installed last week is leaking" (your work + a fault), "Kann ich bitte mit Ihrem Team sprechen?" (talking + someone).
        if ((PrivacyData.IsMatch(text) && (PrivacyWhy.IsMatch(text) || PrivacyFate.IsMatch(text))) || (HasQuestionMark(text) && PrivacyAds.IsMatch(text))
            || (PrivacyWhy.IsMatch(text) && PrivacyAsk.IsMatch(text)) || IsPrivacyQuestion(text))
        {
            // "Reicht mein Vorname oder brauchen Sie den ganzen Namen?", "do you need my last name too?": how much of the answer is
            // wanted, not why it is asked.
            return AsksHowMuch(text) ? MessageKind.Clarification : MessageKind.Privacy;
        }

        if (ClarificationPhrases.IsMatch(text))
        {
            return MessageKind.Clarification;
        }

        if (YourWork.IsMatch(text) && Fault.IsMatch(text))
        {
            return MessageKind.Complaint;
        }

        // "am liebsten wär mir ein Anruf", "I'd rather have a call": a call and a preference. Not when negated: "I'd rather not
        // give my phone", "lieber nicht telefonisch" withhold a number or refuse a call.
        if (CallbackPhone.IsMatch(text) && CallbackPrefer.IsMatch(text) && !Negated.IsMatch(text))
        {
            return MessageKind.Callback;
        }

        return HumanTalk.IsMatch(text) && HumanSomeone.IsMatch(text) ? MessageKind.Human : null;
    }

    /// <summary>A question about storing ("wird das gespeichert?", "do you store this?"), or about the customer's data and who has it,
    /// where it goes or what is done with it ("wer hat dann alles meine Daten", "brauchen Sie wirklich meine Nummer?").</summary>
    private static bool IsPrivacyQuestion(string text) =>
        IsQuestion(text) && (PrivacyStore.IsMatch(text) || (PrivacyData.IsMatch(text) && PrivacyQuestionFate.IsMatch(text))) && !PrivacyAboutMe.IsMatch(text);

    /// <summary>"Welche Daten haben Sie von mir gespeichert?" asks to see them: the command, not a question about privacy.</summary>
    private static readonly GatedRegex PrivacyAboutMe = Phrase("kind.privacy.aboutMe");

    private static readonly GatedRegex ClarificationPhrases = Phrase("kind.clarification");
    private static readonly GatedRegex StrongClarification = Phrase("kind.clarification.strong");
    private static readonly GatedRegex HowMuch = Phrase("kind.clarification.howMuch");

    private static readonly GatedRegex WhyWords = Phrase("kind.privacy.whyWords");

    private static bool AsksHowMuch(string text) => HowMuch.IsMatch(text) && !WhyWords.IsMatch(text) && !PrivacyAds.IsMatch(text);
    private static readonly GatedRegex PrivacyStore = Phrase("kind.privacy.store");
    private static readonly GatedRegex PrivacyQuestionFate = Phrase("kind.privacy.questionFate");
    private static readonly GatedRegex CallbackPhone = Phrase("kind.callback.phone");
    private static readonly GatedRegex CallbackPrefer = Phrase("kind.callback.prefer");
    private static readonly GatedRegex Negated = Phrase("command.decline.negations");
    private static readonly GatedRegex PrivacyData = Phrase("kind.privacy.data");
    private static readonly GatedRegex PrivacyAsk = Phrase("kind.privacy.ask");
    private static readonly GatedRegex PrivacyAds = Phrase("kind.privacy.ads");
    private static readonly GatedRegex PrivacyWhy = Phrase("kind.privacy.why");
    private static readonly GatedRegex PrivacyFate = Phrase("kind.privacy.fate");
    private static readonly GatedRegex YourWork = Phrase("kind.complaint.yourWork");
    private static readonly GatedRegex Fault = Phrase("kind.complaint.fault");

    /// <summary>True for a short question that offers the choice of how to answer ("Start oder Fertigstellung?", "Mail oder Telefon?", "full name or first name?").</summary>
    public static bool IsChoiceQuestion(string text)
    {
        // "do you cover leeds or just manchester?", "Kommen Sie auch nach Köln oder nur Bonn?": a choice about what the business does.
        if (!HasQuestionMark(text) || AboutTheBusiness.IsMatch(text))
        {
            return false;
        }

        var words = MessageWords.Of(text.Replace("?", " ", StringComparison.Ordinal));
        if (QuestionStart.IsMatch(text))
        {
            // "Wann anfangen oder wann fertig?", "when it starts or when it's finished?": the same question word on both sides of the choice.
            var choice = Array.FindIndex(words, ChoiceWords.Contains);
            return words.Length <= 10 && choice > 1 && choice + 1 < words.Length && words[choice + 1] == words[0];
        }

        return words.Length is >= 2 and <= 8 && words.Any(ChoiceWords.Contains);
    }

    private static readonly HashSet<string> ChoiceWords = Words.Set("kind.choice");
    private static readonly GatedRegex AboutTheBusiness = Phrase("kind.choice.aboutTheBusiness");

    /// <summary>True for a few words that only ask what was meant ("sorry, was?", "huh?", "wie bitte?", "quoi ?"): no matter of their own.</summary>
    public static bool IsShortClarification(string text)
    {
        var words = MessageWords.Of(text.Replace("?", " ", StringComparison.Ordinal));
        return words.Length is >= 1 and <= 4 && words.All(ShortClarification.Contains) && words.Any(ShortClarificationCore.Contains);
    }

    private static readonly HashSet<string> ShortClarification = [.. Words.Words("kind.clarification.short"), .. Words.Words("kind.clarification.shortCore")];
    private static readonly HashSet<string> ShortClarificationCore = Words.Set("kind.clarification.shortCore");

    /// <summary>True when angry punctuation comes with a negation or "again" ("Keiner ruft zurück!!", "still nothing?!"): a complaint when nothing else is given.</summary>
    public static bool IsAngry(string text) =>
        (text.Contains("!!", StringComparison.Ordinal) || text.Contains("?!", StringComparison.Ordinal) || text.Contains("!?", StringComparison.Ordinal)) && AngryWords.IsMatch(text);

    private static readonly GatedRegex AngryWords = Phrase("kind.angryWords");

    private static readonly GatedRegex HumanTalk = Phrase("kind.human.talk");

    private static readonly GatedRegex HumanSomeone = Phrase("kind.human.someone");

    /// <summary>True when the message is only greetings and small talk ("Hallo nochmal!", "Na, wie geht's?", "Merci vielmal").</summary>
    public static bool IsGreeting(string text) => Greeting.IsMatch(text);

    /// <summary>True when the message asks something: a question mark, or a question word leading it.</summary>
    public static bool IsQuestion(string text) => IsMarkedQuestion(text) || QuestionStart.IsMatch(text);

    /// <summary>True when a question mark (or "¿") says the message asks something, whatever its first word, or a later clause asks
    /// what something costs without one, the verb right after the question word ("weiß ich noch nicht, was kostet so was
    /// normalerweise"; "kommt drauf an, was es kostet" names what the budget depends on).</summary>
    public static bool IsMarkedQuestion(string text) => HasQuestionMark(WithoutReturnQuestion(text)) || text.Contains('¿', StringComparison.Ordinal) || CostInClause.IsMatch(text);

    /// <summary>The text without a polite question back at its end ("Kai, und Sie?", "fine, and you?"): it returns the courtesy and asks the business nothing;
    /// nor does a short check after an answer ("vor Weihnachten, geht das?", "by Friday, is that possible?"): the answer comes first.</summary>
    private static string WithoutReturnQuestion(string text)
    {
        if (!text.AsSpan().TrimEnd(" \t\r\n!.").EndsWith("?", StringComparison.Ordinal) || ReturnQuestion.Match(text) is not { Success: true } back)
        {
            return text;
        }

        return text.AsSpan(0, back.Index).ContainsAnyExcept(NotLetters) ? text[..back.Index] : text;
    }

    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create(" ,;.!-–");

    private static readonly Regex ReturnQuestion = Vocabulary.Compile(@"[\s,;.!]+" + Words.Pattern("kind.returnQuestion", "kind.answerCheck") + @"\s*\?+[\s!.]*$");

    private static readonly Regex CostInClause = Vocabulary.Compile(
        @"[,;.]\s*" + Words.Pattern("kind.questionStarts") + @"\s+" + Words.Pattern("kind.businessQuestion") + @"(?![\p{L}])");

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
