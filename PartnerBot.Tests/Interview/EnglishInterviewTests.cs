using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class EnglishInterviewTests
{
    [Theory]
    [InlineData("en-US", "USD")]
    [InlineData("en-GB", "GBP")]
    public async Task The_whole_interview_works_in_English(string locale, string currency)
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat(locale);
        var greeting = await chat.JoinAsync();
        Assert.Contains("partner", greeting[0]);
        Assert.Contains("(yes/no)", greeting[1]);

        Assert.Contains(bot.English.Questions["name"], Assert.Single(await chat.SayAsync("sure")));
        Assert.Contains("Nice to meet you, John Miller!", Assert.Single(await chat.SayAsync("my name is John Miller")));
        Assert.Contains(bot.English.Questions["vision"], Assert.Single(await chat.SayAsync("I need a new website for my shop")));
        await chat.SayAllAsync("I want to spend more time with my customers", "by the end of March", "5000");
        var summary = string.Join("\n", await chat.SayAsync("john@example.com"));
        Assert.Contains("- Wish: a new website for my shop", summary);
        Assert.Contains("March 31, 2027", summary);
        Assert.Contains("5,000 " + currency, summary);

        Assert.Contains("Thank you so much, John Miller!", Assert.Single(await chat.SayAsync("yes")));
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal(locale, profile.Locale);
        Assert.Equal(currency, profile.Budget?.Currency);
    }

    [Fact]
    public async Task A_rich_English_sentence_fills_several_slots()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("en-US");
        await chat.JoinAsync();
        await chat.SayAsync("yes");
        await chat.SayAsync("Hi, I'm John Miller, I need a new online shop by April 1, 2027 for $8,000, john@example.com");
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("John Miller", profile.Name);
        Assert.Equal(new DateOnly(2027, 4, 1), profile.Timeframe?.Date);
        Assert.Equal((8000m, "USD"), (profile.Budget?.Amount, profile.Budget?.Currency));
        Assert.Equal("john@example.com", profile.Email);
        Assert.NotNull(profile.Wish);
    }
}
