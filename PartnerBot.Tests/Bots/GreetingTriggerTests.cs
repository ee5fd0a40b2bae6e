using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

public class GreetingTriggerTests
{
    private static Activity ConversationUpdate(ChatDriver chat, string channelId, string conversationType, params string[] members)
    {
        var activity = chat.Adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.ChannelId = channelId;
        activity.Conversation = new ConversationAccount(id: chat.ConversationId, conversationType: conversationType);
        activity.MembersAdded = members.Select(m => new ChannelAccount(m)).ToList();
        return activity;
    }

    [Fact]
    public async Task A_Teams_personal_install_with_only_the_bot_added_greets_the_customer()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        var replies = await chat.DeliverAsync(ConversationUpdate(chat, "msteams", "personal", "partnerbot"));
        Assert.Equal(2, replies.Count);
        Assert.Contains("Bäckerei Sonnenschein", replies[0]);
    }

    [Fact]
    public async Task Only_the_bot_joining_a_web_conversation_greets_nobody()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        Assert.Empty(await chat.DeliverAsync(ConversationUpdate(chat, "directline", "personal", "partnerbot")));
    }

    [Fact]
    public async Task A_webchat_join_event_greets_the_customer()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        var join = chat.Adapter.MakeActivity();
        join.Type = ActivityTypes.Event;
        join.Name = "webchat/join";
        Assert.Equal(2, (await chat.SendAsync(join)).Count);
    }
}
