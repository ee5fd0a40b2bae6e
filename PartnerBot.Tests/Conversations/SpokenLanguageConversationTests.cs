using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>A customer who writes another language than the page's: the bot offers it once, goes on in it when they keep writing
/// in it or ask for it, and still reads numbers in the page's region.</summary>
public class SpokenLanguageConversationTests
{
    [Fact]
    public async Task An_English_customer_on_the_German_page_is_offered_English_and_the_bot_goes_on_in_it()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-DE");

        var offered = string.Join("\n", await chat.SayAsync("my name is John Miller"));
        Assert.Contains("Happy to carry on in English too", offered);
        Assert.EndsWith(bot.German.Questions["wish"], offered);

        var switched = string.Join("\n", await chat.SayAsync("I need a new website for my shop"));
        Assert.Contains("let's carry on in English", switched);
        Assert.EndsWith(bot.English.Questions["vision"], switched);
        Assert.DoesNotContain("Happy to carry on", switched);

        await chat.SayAllAsync("more time with my customers and less paperwork", "by the end of March", "around 3,000 euros");
        var summary = string.Join("\n", await chat.SayAsync("my number is 0171 2345678"));
        Assert.Contains("Is that right", summary);
        Assert.Contains("3,000 EUR", summary); // as English writes it, not the page's "3.000"

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("John Miller", profile.Name);
        Assert.Contains("website", profile.Wish);
        Assert.Equal(3000m, profile.Budget?.Amount);
        Assert.Equal("EUR", profile.Budget?.Currency);
        Assert.Equal("+491712345678", profile.Phone);
    }

    [Fact]
    public async Task Asking_for_the_page_language_switches_back_and_repeats_the_question()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-DE");
        await chat.SayAllAsync("my name is John Miller", "I need a new website for my shop");

        var back = string.Join("\n", await chat.SayAsync("Auf Deutsch, bitte!"));

        Assert.Contains("Gern, dann schreiben wir auf Deutsch weiter.", back);
        Assert.EndsWith(bot.German.Questions["vision"], back);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);
    }

    [Fact]
    public async Task A_German_customer_on_the_English_page_can_ask_for_German_at_once()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");

        var offered = string.Join("\n", await chat.SayAsync("Ich heiße Anna Schmidt und wir brauchen eine neue Website"));
        Assert.Contains("Wir können auch gern auf Deutsch weiterschreiben", offered);

        var german = string.Join("\n", await chat.SayAsync("deutsch bitte"));
        Assert.Contains("Gern, dann schreiben wir auf Deutsch weiter.", german);
        Assert.DoesNotContain(bot.English.Questions["vision"], german);
        Assert.EndsWith(bot.German.Questions["vision"], german);
    }

    [Fact]
    public async Task A_single_message_in_another_language_is_offered_once_and_switches_nothing()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-DE");

        var first = string.Join("\n", await chat.SayAsync("my name is Anna Schmidt"));
        var german = string.Join("\n", await chat.SayAsync("Ich wünsche mir einen neuen Garten mit Teich"));
        var again = string.Join("\n", await chat.SayAsync("I want a place for the kids to play"));

        Assert.Contains("Happy to carry on in English too", first);
        Assert.EndsWith(bot.German.Questions["vision"], german);
        Assert.DoesNotContain("Happy to carry on", again);
        Assert.EndsWith(bot.German.Questions["timeframe"], again);
    }

    [Fact]
    public async Task A_customer_on_the_Swiss_page_asking_for_French_is_answered_in_French()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("de-CH");
        await chat.JoinAsync();

        var french = string.Join("\n", await chat.SayAsync("en français svp"));

        Assert.Contains("Avec plaisir, continuons en français.", french);
        Assert.Contains(bot.French.ConsentRetry[..20], french);
    }
}
