using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace PartnerBot.Tests.Infrastructure;

/// <summary>Drives one conversation through the SDK's TestAdapter and returns the bot's replies turn by turn.</summary>
public sealed class ChatDriver(TestAdapter adapter, IBot bot)
{
    public TestAdapter Adapter { get; } = adapter;
    public string ConversationId => Adapter.Conversation.Conversation.Id;
    public string UserId => Adapter.Conversation.User.Id;

    /// <summary>The button texts (imBack values) of the last reply of the last turn; empty when it offered none.</summary>
    public IReadOnlyList<string> LastChoices { get; private set; } = [];

    /// <summary>The question on screen after the last turn, as the bot names it in its last reply's channel data ("timeframe",
    /// "summary", "consent"); null when it waits for nothing in particular.</summary>
    public string? OnScreen { get; private set; }

    /// <summary>The customer joins (conversationUpdate with the customer in membersAdded).</summary>
    public Task<List<string>> JoinAsync()
    {
        var activity = Adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [new ChannelAccount(UserId, "Kunde")];
        return SendAsync(activity);
    }

    /// <summary>The customer writes <paramref name="text"/>.</summary>
    public Task<List<string>> SayAsync(string? text)
    {
        var activity = Adapter.MakeActivity(text);
        return SendAsync(activity);
    }

    /// <summary>Sends any activity and returns the text of every reply.</summary>
    public async Task<List<string>> SendAsync(Activity activity)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        await Adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<string>();
        LastChoices = [];
        OnScreen = null;
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity()?.Text ?? $"<{reply.Type}>");
            var actions = reply.AsMessageActivity()?.SuggestedActions?.Actions;
            Assert.True(actions is null || actions.All(a => a.Type == ActionTypes.ImBack && Equals(a.Value, a.Title)), "Buttons send their own label back.");
            LastChoices = actions?.Select(a => a.Title).ToList() ?? [];
            OnScreen = (reply.ChannelData as Newtonsoft.Json.Linq.JObject)?["question"]?.ToString();
        }

        return replies;
    }

    /// <summary>Runs the bot on <paramref name="activity"/> exactly as given (the TestAdapter would renumber its id), as a channel re-delivering it would.</summary>
    public async Task<List<string>> DeliverAsync(Activity activity)
    {
        var reference = Adapter.Conversation;
        activity.ChannelId ??= reference.ChannelId;
        activity.ServiceUrl ??= reference.ServiceUrl;
        activity.Conversation ??= reference.Conversation;
        activity.From ??= reference.User;
        activity.Recipient ??= reference.Bot;
        activity.Locale ??= Adapter.Locale;
        var context = new TurnContext(Adapter, activity);
        await bot.OnTurnAsync(context, CancellationToken.None);
        var replies = context.BufferedReplyActivities.Select(a => a.AsMessageActivity()?.Text ?? "").ToList();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity()?.Text ?? $"<{reply.Type}>");
        }

        return replies;
    }

    /// <summary>Says each text in turn and returns the replies to the last one.</summary>
    public async Task<List<string>> SayAllAsync(params string[] texts)
    {
        var last = new List<string>();
        foreach (var text in texts)
        {
            last = await SayAsync(text);
        }

        return last;
    }
}
