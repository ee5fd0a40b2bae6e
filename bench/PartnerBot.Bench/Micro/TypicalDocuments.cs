using Microsoft.Bot.Schema;
using PartnerBot.Interview;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Bench.Micro;

/// <summary>What one turn of a German interview hands to the stores, halfway through (after the budget answer): the
/// conversation-state document, the profile with its new entry, the turn's incoming message and reply.</summary>
/// <remarks>Stored as JSON the conversation state is 1.8 KB, the size the bot leaves after the same answers of
/// <see cref="InterviewScript.German"/>.</remarks>
public static class TypicalDocuments
{
    /// <summary>The channel and conversation of the documents, as the SDK's TestAdapter names them.</summary>
    public const string ChannelId = "test";

    /// <summary>The conversation the documents belong to.</summary>
    public const string ConversationId = "micro-storage";

    /// <summary>The key <c>ConversationState</c> stores the conversation under.</summary>
    public const string ConversationStateKey = $"{ChannelId}/conversations/{ConversationId}";

    // The question the bot asked last; its wording lives in Languages/{code}/interview.json, this copy only gives the documents their size.
    private const string ContactQuestion = "Danke! Wie erreichen wir Sie am besten – per E-Mail oder Telefon?";

    private static readonly DateTimeOffset Started = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The object <c>ConversationState.SaveChangesAsync</c> writes: its property bag with the interview state.</summary>
    public static Dictionary<string, object> ConversationState() => new()
    {
        [nameof(InterviewState)] = new InterviewState
        {
            Phase = InterviewPhase.Asking,
            CurrentSlot = SlotNames.Contact,
            Asked = [SlotNames.Name, SlotNames.Wish, SlotNames.Vision, SlotNames.Timeframe, SlotNames.Budget, SlotNames.Contact],
            Values = Values(),
            ProfileId = "profile-micro-storage",
            ConsentAt = Started.AddSeconds(5),
            ConsentVersion = "2026-11",
            CreatedAt = Started,
            Locale = "de-DE",
            HandledActivityIds = ["1", "3", "5", "7", "9", "11", "13"],
            LastReplies = [ContactQuestion],
        },
    };

    /// <summary>The profile as <c>ProfileWriter</c> saves it in this turn.</summary>
    public static PartnerProfile Profile(string id)
    {
        var profile = new PartnerProfile
        {
            Id = id,
            UserId = "customer-micro",
            ChannelId = ChannelId,
            ConversationId = ConversationId,
            Locale = "de-DE",
            ConsentAt = Started.AddSeconds(5),
            ConsentVersion = "2026-11",
            ConversationReference = """{"activityId":"13","user":{"id":"customer-micro","name":"User1"},"bot":{"id":"partnerbot","name":"Bot"},"conversation":{"id":"micro-storage","name":"Convo1"},"channelId":"test","locale":"de-DE","serviceUrl":"https://test.com"}""",
            CreatedAt = Started,
            UpdatedAt = Started.AddMinutes(2),
        };
        profile.Answers = Values();
        return profile;
    }

    /// <summary>The turn's new profile entry: the budget answer of activity <paramref name="activityId"/>.</summary>
    public static ProfileEntry BudgetEntry(string activityId) =>
        new(SlotNames.Budget, "5.000 €", "5000 EUR", Started.AddMinutes(2), ConversationId, ChannelId, activityId);

    /// <summary>The customer's message of the turn, as the transcript middleware copies it.</summary>
    public static Activity Incoming() => Message("13", "ca. 5.000 €", new ChannelAccount("customer-micro", "User1", RoleTypes.User), new ChannelAccount("partnerbot", "Bot"));

    /// <summary>The bot's reply of the turn.</summary>
    public static Activity Reply() =>
        Message("14", ContactQuestion, new ChannelAccount("partnerbot", "Bot", RoleTypes.Bot), new ChannelAccount("customer-micro", "User1"));

    private static ProfileAnswers Values()
    {
        var answers = new ProfileAnswers();
        answers.SetText(SlotNames.Name, "Anna Schmidt");
        answers.SetText(SlotNames.Wish, "eine neue Website für meine Bäckerei");
        answers.SetText(SlotNames.Vision, "Ich möchte, dass meine Kunden online vorbestellen können und ich mehr Zeit zum Backen habe");
        answers.Set(SlotNames.Timeframe, new TimeframeValue("bis Ende März", new DateOnly(2027, 3, 31), "2027-03"));
        answers.Set(SlotNames.Budget, new BudgetValue("5.000 €", 5000m, "EUR"));
        return answers;
    }

    private static Activity Message(string id, string text, ChannelAccount from, ChannelAccount recipient) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        Locale = "de-DE",
        ChannelId = ChannelId,
        ServiceUrl = "https://test.com",
        Conversation = new ConversationAccount(id: ConversationId, name: "Convo1"),
        From = from,
        Recipient = recipient,
        Timestamp = Started.AddMinutes(2),
    };
}
