using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>What keeps a conversation on track when an answer goes astray: a message that moved on answers the next question, a
/// correction of the answer before changes that answer, a call back's time may follow its number, "weiß noch nicht" answers the budget.</summary>
public class ListeningRepairConversationTests
{
    [Fact]
    public async Task The_message_after_which_the_name_is_left_open_answers_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("fine. hmm.", "?? ok.");

        var reply = string.Join("\n", await chat.SayAsync("new windows for the front of the house"));

        Assert.EndsWith(bot.English.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Name);
        Assert.Equal("new windows for the front of the house", profile.Wish);
    }
}
