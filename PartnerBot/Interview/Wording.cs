namespace PartnerBot.Interview;

/// <summary>Everything the bot says in one language; loaded from <c>Languages/{code}/interview.json</c> (and <c>interview.*.json</c> additions) so a business can adapt it.</summary>
/// <remarks>Placeholders in braces (<c>{name}</c>, <c>{business}</c>, …) are filled by <see cref="Fill"/>.</remarks>
public sealed class Wording
{
    /// <summary>The <see cref="Choices"/> key of the consent question.</summary>
    public const string ConsentChoice = "consent";

    /// <summary>The <see cref="Choices"/> key of the summary's confirmation.</summary>
    public const string ConfirmChoice = "confirm";

    /// <summary>The <see cref="Choices"/> key of a returning customer's choice between continuing and a new wish.</summary>
    public const string ResumeChoice = "resume";

    /// <summary>The <see cref="Choices"/> key of the question whether to really erase everything.</summary>
    public const string DeleteChoice = "delete";

    /// <summary>The <see cref="Choices"/> key of a returning customer's choice between something new and a question.</summary>
    public const string ReturnChoice = "return";

    public string Culture { get; init; } = "de-DE";
    public string Greeting { get; init; } = "";
    public string ConsentQuestion { get; init; } = "";
    public string ConsentRetry { get; init; } = "";
    public string ConsentThanks { get; init; } = "";
    public string Declined { get; init; } = "";
    public string DeclinedReminder { get; init; } = "";
    public string WelcomeBack { get; init; } = "";
    public string ResumeQuestion { get; init; } = "";
    public string ResumeRetry { get; init; } = "";
    public string Resumed { get; init; } = "";
    public string NewWish { get; init; } = "";
    public string NiceToMeetYou { get; init; } = "";
    public string Thanks { get; init; } = "";
    public string Noted { get; init; } = "";
    public string Corrected { get; init; } = "";
    public string SkippedOptional { get; init; } = "";
    public string SkippedByCustomer { get; init; } = "";
    public string SkipHint { get; init; } = "";
    public string SummaryIntro { get; init; } = "";
    public string SummaryQuestion { get; init; } = "";
    public string SummaryWhatToChange { get; init; } = "";
    public string SummaryRetry { get; init; } = "";
    public string Completed { get; init; } = "";
    public string AfterCompleted { get; init; } = "";
    public string Help { get; init; } = "";
    public string Cancelled { get; init; } = "";
    public string Restarted { get; init; } = "";
    public string NothingToGoBackTo { get; init; } = "";
    public string MyDataIntro { get; init; } = "";
    public string MyDataConsent { get; init; } = "";
    public string MyDataNone { get; init; } = "";
    public string MyDataWish { get; init; } = "";
    public string MyDataNotes { get; init; } = "";
    public string MyDataNote { get; init; } = "";
    public string MyDataReply { get; init; } = "";
    public string MyDataTranscript { get; init; } = "";
    public string Deleted { get; init; } = "";
    public string TooLong { get; init; } = "";
    public string AttachmentOnly { get; init; } = "";
    public string Empty { get; init; } = "";
    public string EmojiOnly { get; init; } = "";
    public string Apology { get; init; } = "";
    public string NotGiven { get; init; } = "";
    public string And { get; init; } = "";
    public string DateFormat { get; init; } = "d";

    // What the bot says to a message that wants something other than an answer (Languages/{code}/interview.listening.json).
    public string GreetBackDefault { get; init; } = "";
    public string AboutBot { get; init; } = "";
    public string PrivacyAnswer { get; init; } = "";
    public string QuestionPassedOn { get; init; } = "";
    public string QuestionPassedOnBeforeConsent { get; init; } = "";
    public string ConsentExplained { get; init; } = "";
    public string HumanContact { get; init; } = "";
    public string HumanLive { get; init; } = "";
    public string CallbackAskNumber { get; init; } = "";
    public string CallbackAskTime { get; init; } = "";
    public string CallbackAskNumberAgain { get; init; } = "";
    public string CallbackArranged { get; init; } = "";
    public string CallbackDeclined { get; init; } = "";

    /// <summary>Words (lower case; five letters or more match as word starts) that make a message the time for a call back ("vormittag", "evening").</summary>
    public List<string> CallTimeWords { get; init; } = [];
    public string RequestConsent { get; init; } = "";
    public string ComplaintEmpathy { get; init; } = "";
    public string OfferInterview { get; init; } = "";
    public string ResumedAfterCancel { get; init; } = "";
    public string RestartedKnown { get; init; } = "";
    public string ReturnRetry { get; init; } = "";
    public string ReturnAskAway { get; init; } = "";
    public string MyDataRequests { get; init; } = "";

    /// <summary>A request's kind (a <see cref="Profiles.RequestKind"/> value) as the customer is told it in "meine Daten".</summary>
    public Dictionary<string, string> RequestKinds { get; init; } = [];

    /// <summary>A greeting returned in kind, by how the customer's message begins ("moin" → "Moin!"), lower case.</summary>
    public Dictionary<string, string> GreetBack { get; init; } = [];

    /// <summary>The consent question said once more in yet other words, after the retry and the explanation.</summary>
    public List<string> ConsentNudges { get; init; } = [];

    /// <summary>Each question in other words, for a customer who asks what it means.</summary>
    public Dictionary<string, string> Explanations { get; init; } = [];

    /// <summary>A returning customer's last wish and where it stands, by the profile's status (or the owner's follow-up <c>contacted</c>).</summary>
    public Dictionary<string, string> ReturnWish { get; init; } = [];

    /// <summary>The question per slot.</summary>
    public Dictionary<string, string> Questions { get; init; } = [];

    /// <summary>The second try per slot, with an example.</summary>
    public Dictionary<string, string> Retries { get; init; } = [];

    /// <summary>The label per slot, as in the summary.</summary>
    public Dictionary<string, string> Labels { get; init; } = [];

    /// <summary>A profile's status (a <see cref="Profiles.ProfileStatus"/> value) as the customer is told it in "meine Daten".</summary>
    public Dictionary<string, string> MyDataStatus { get; init; } = [];

    /// <summary>The answers offered as buttons where the answer is a choice (<c>consent</c>, <c>confirm</c>, <c>resume</c>), yes first.</summary>
    public Dictionary<string, List<string>> Choices { get; init; } = [];

    /// <summary>The buttons of one choice; none when the wording has none.</summary>
    public string[] ChoicesFor(string choice) => Choices.TryGetValue(choice, out var texts) ? [.. texts] : [];

    /// <summary>Offered, in this language, to a customer who writes in it on another language's page.</summary>
    public string LanguageOffer { get; init; } = "";

    /// <summary>Said, in this language, when the conversation goes on in it.</summary>
    public string LanguageSwitched { get; init; } = "";

    /// <summary>Whole messages that ask for this language, as customers write them in any language ("english please", "auf Englisch").</summary>
    public List<string> LanguageRequests { get; init; } = [];

    /// <summary>What a customer who offered du is told, before the interview goes on in du.</summary>
    public string DuAccepted { get; init; } = "";

    /// <summary>"Schön, Sie kennenzulernen!" when the name alone is no way to address the customer (a bare surname).</summary>
    public string NiceToMeetYouPlain { get; init; } = "";

    /// <summary>The acknowledgement per kind of answer, echoing it (<c>{value}</c>): <c>wish</c>, <c>vision</c>, <c>timeframe</c>,
    /// <c>timeframeUrgent</c>, <c>timeframeOpen</c>, <c>budget</c>, <c>budgetText</c>, <c>email</c>, <c>phone</c>, <c>long</c>.</summary>
    public Dictionary<string, string> Acknowledgements { get; init; } = [];

    /// <summary>Several values noted from one message: <c>{values}</c> are the values as the customer reads them.</summary>
    public string NotedValues { get; init; } = "";

    /// <summary>A field's label with its article, as in a sentence ("das Budget").</summary>
    public Dictionary<string, string> TheLabels { get; init; } = [];

    /// <summary>One change: <c>{field}</c> (with article) <c>{value}</c> (the new value).</summary>
    public string ChangedTo { get; init; } = "";

    /// <summary>The changes of a correction (<c>{changes}</c>).</summary>
    public string CorrectedValues { get; init; } = "";

    /// <summary>After a correction at the summary: the rest stays, does it fit now? (Instead of the whole summary again.)</summary>
    public string SummaryAfterChange { get; init; } = "";

    /// <summary>What confirms the summary besides a yes ("passt", "stimmt so"), as lower-case words joined by spaces.</summary>
    public List<string> Confirmations { get; init; } = [];

    /// <summary>Per question, words (lower case, matched as word starts) that name it in a correction ("die Summe ist eher …").</summary>
    public Dictionary<string, List<string>> FieldWords { get; init; } = [];

    /// <summary>Phrases of a customer leaving for now ("muss jetzt los, melde mich später"), lower case.</summary>
    public List<string> LeavingForNow { get; init; } = [];

    /// <summary>The answer to a customer leaving for now: what they said stays, they can go on any time.</summary>
    public string PausedForNow { get; init; } = "";

    /// <summary>Words that may stand beside a yes in front of an answer ("alles klar, also …", "yeah so …"), lower case.</summary>
    public List<string> LeadFillers { get; init; } = [];

    /// <summary>Per question, word starts (lower case) that make words without a date or amount an answer of their own ("wenn die
    /// Finanzierung steht" for the timeframe, "je nach Angebot" for the budget).</summary>
    public Dictionary<string, List<string>> OpenAnswerWords { get; init; } = [];

    /// <summary>Phrases (lower case) of a customer going on here ("machen wir hier weiter", "carry on"): no answer in themselves.</summary>
    public List<string> GoingOn { get; init; } = [];

    /// <summary>Phrases (lower case) of a question about this conversation itself ("is that everything you need?"), never passed on.</summary>
    public List<string> AboutTheInterview { get; init; } = [];

    /// <summary>How a polite question asking for the work itself begins ("könnten sie", "could you"), lower case: to the wish question it is the wish.</summary>
    public List<string> AskedForWorkStarts { get; init; } = [];

    /// <summary>Words (lower case) that make such a question one for the business after all ("auch", "tell", "send").</summary>
    public List<string> NotAskedForWork { get; init; } = [];

    /// <summary>Words that make a date a deadline ("bis", "spätestens"); a date without one, given to another question, is confirmed first.</summary>
    public List<string> DeadlineWords { get; init; } = [];

    /// <summary>How a message begins that corrects the answer before (lower case): "ich meinte", "make that"; the rest replaces that answer.</summary>
    public List<string> CorrectionStarts { get; init; } = [];

    /// <summary>Asks whether a date given to another question is the deadline (<c>{value}</c>).</summary>
    public string ConfirmDeadline { get; init; } = "";

    /// <summary>Words (lower case, matched as word starts) that show the customer is worried or annoyed.</summary>
    public List<string> Worries { get; init; } = [];

    /// <summary>The line that meets a worried or annoyed answer.</summary>
    public string Empathy { get; init; } = "";

    /// <summary>Phrases (lower case) with which a customer refuses to give any contact.</summary>
    public List<string> ContactRefusals { get; init; } = [];

    /// <summary>A refused contact: why it helps, and how to reach the business instead (<c>{business}</c>, <c>{contact}</c>).</summary>
    public string ContactRefused { get; init; } = "";

    /// <summary>The summary's contact line when the customer chose not to give one.</summary>
    public string ContactWithheld { get; init; } = "";

    /// <summary>"Daten löschen" asks once before erasing.</summary>
    public string DeleteQuestion { get; init; } = "";

    /// <summary>Anything but yes to <see cref="DeleteQuestion"/>: nothing is erased.</summary>
    public string DeleteKept { get; init; } = "";

    /// <summary>A file sent where the chat takes none (<c>{business}</c>, <c>{contact}</c>).</summary>
    public string AttachmentNotKept { get; init; } = "";

    /// <summary>The texts that change when the customer is addressed with du (German); merged over the others.</summary>
    public System.Text.Json.Nodes.JsonObject? Informal { get; init; }

    /// <summary>Phrases that mean "I don't know" (lower case).</summary>
    public List<string> DontKnow { get; init; } = [];

    /// <summary>Fills <c>{key}</c> placeholders in <paramref name="template"/>.</summary>
    public static string Fill(string template, params (string Key, string? Value)[] values)
    {
        var text = template;
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value ?? string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A slot's label, or the slot's name if the wording has none.</summary>
    public string Label(string slot) => Labels.GetValueOrDefault(slot, slot);

    /// <summary>Joins labels as a sentence: "Name, Wunsch und E-Mail".</summary>
    public string JoinLabels(IEnumerable<string> slots) => Join(slots.Select(Label));

    /// <summary>Joins texts as a sentence: "a, b und c".</summary>
    public string Join(IEnumerable<string> texts)
    {
        var labels = texts.ToList();
        return labels.Count <= 1
            ? string.Concat(labels)
            : string.Join(", ", labels.Take(labels.Count - 1)) + " " + And + " " + labels[^1];
    }
}
