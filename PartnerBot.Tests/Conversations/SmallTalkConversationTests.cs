using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>"how are you today?" is small talk, answered in kind: no question for the business on the profile, no answer, and the
/// question on screen comes back.</summary>
public class SmallTalkConversationTests
{
    [Fact]
    public async Task How_are_you_today_on_the_name_question_is_no_request_and_the_name_is_asked_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");

        var reply = string.Join("\n", await chat.SayAsync("how are you today?"));

        Assert.EndsWith(bot.English.Questions["name"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Empty(profile.Requests);
        Assert.Null(profile.Name);
        Assert.Null(profile.Timeframe);
    }

    [Fact]
    public async Task Wie_geht_es_ihnen_heute_on_the_wish_question_is_no_request_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Ole Hansen");

        var reply = string.Join("\n", await chat.SayAsync("Wie geht es Ihnen heute?"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Empty(profile.Requests);
        Assert.Null(profile.Wish);
    }
}
