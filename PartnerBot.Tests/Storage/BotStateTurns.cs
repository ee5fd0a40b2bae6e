using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace PartnerBot.Tests.Storage;

/// <summary>Turn contexts for state tests, addressed like a real channel's activity.</summary>
public static class BotStateTurns
{
    public static ITurnContext Context(string channelId, string userId, string conversationId) =>
        new TurnContext(new TestAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channelId,
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: conversationId),
            Text = "hi",
        });
}
