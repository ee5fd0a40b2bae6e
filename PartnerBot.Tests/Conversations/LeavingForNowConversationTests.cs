using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>A customer who has to go ("muss jetzt los, melde mich später") is told their answers stay; the goodbye is no answer.</summary>
public class LeavingForNowConversationTests
{
    [Fact]
    public async Task A_goodbye_for_now_to_the_vision_question_is_not_the_vision_and_the_question_waits()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Klaus Meier", "neue Dachrinnen");

        var reply = string.Join("\n", await chat.SayAsync("muss jetzt los, melde mich später"));

        Assert.Equal(bot.German.PausedForNow, reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);

        // Back later, the answer goes where the question was.
        await chat.SayAsync("dass es nicht mehr in den Keller regnet");
        Assert.Equal("dass es nicht mehr in den Keller regnet", Assert.Single(await bot.AllProfilesAsync()).Vision);
    }

    [Fact]
    public async Task An_english_goodbye_for_now_keeps_the_wish_open()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Harry Wood");

        var reply = string.Join("\n", await chat.SayAsync("sorry, gotta go, I'll be back later"));

        Assert.Equal(bot.English.PausedForNow, reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Wish);
    }

    [Fact]
    public async Task I_will_have_to_come_back_to_this_later_to_the_vision_question_is_not_the_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Liam Murphy", "a loft conversion");

        var reply = string.Join("\n", await chat.SayAsync("I'll have to come back to this later, sorry"));

        Assert.Equal(bot.English.PausedForNow, reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);
    }

    [Fact]
    public async Task Ich_muss_leider_weg_to_the_vision_question_is_not_the_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Dieter Schwarz", "einen neuen Carport");

        var reply = string.Join("\n", await chat.SayAsync("ich muss leider weg, bis dann"));

        Assert.Equal(bot.German.PausedForNow, reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);
    }
}
