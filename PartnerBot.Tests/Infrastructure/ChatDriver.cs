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
