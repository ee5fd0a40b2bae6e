using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>An optional question the customer could not answer once and then answered around twice is left open: the summary comes,
/// and the yes to it completes the wish, instead of the same question a fifth time.</summary>
public class LeftOpenConversationTests
{
    [Fact]
    public async Task The_timeframe_missed_and_then_answered_around_twice_is_left_open_and_ja_completes()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Birgit Lange", "Gartenpflege für unser Reihenhaus", "Rasen mähen und Hecke schneiden", "hm, schwierig", "so 80 Euro im Monat");

        var reply = string.Join("\n", await chat.SayAsync("birgit.lange@web.de"));
        await chat.SayAsync("ja");

        Assert.DoesNotContain(bot.German.Questions["timeframe"], reply);
        Assert.EndsWith(bot.German.SummaryQuestion, reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Timeframe);
        Assert.Equal("completed", profile.Status);
    }

    [Fact]
    public async Task An_english_timeframe_missed_and_then_answered_around_twice_is_left_open_and_yes_completes()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Sophie Bennett", "a dog walker for my two labradors", "happy tired dogs", "hmm, tricky one", "about £300 a month");

        var reply = string.Join("\n", await chat.SayAsync("sophie.bennett@live.co.uk"));
        await chat.SayAsync("yes");

        Assert.DoesNotContain(bot.English.Questions["timeframe"], reply);
        Assert.EndsWith(bot.English.SummaryQuestion, reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Timeframe);
        Assert.Equal("completed", profile.Status);
    }
}
