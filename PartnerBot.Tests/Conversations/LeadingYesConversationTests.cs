using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>An acknowledgement in front of an answer ("fine. Harry Wood", "ok, Anna Weber", "alles klar, also …") is no plain yes:
/// what follows answers the question on screen.</summary>
public class LeadingYesConversationTests
{
    [Fact]
    public async Task A_fine_in_front_of_the_name_does_not_hide_the_name()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");

        var reply = string.Join("\n", await chat.SayAsync("fine. Harry Wood"));

        Assert.EndsWith(bot.English.Questions["wish"], reply);
        Assert.Equal("Harry Wood", Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task A_name_after_the_consenting_ok_is_the_name()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var reply = string.Join("\n", await chat.SayAsync("ok, Anna Weber"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);

        Assert.Equal("Anna Weber", Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task A_german_acknowledgement_in_front_of_the_wish_and_the_budget_is_left_out()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("alles klar, also Jonas Berger", "gerne: eine neue Küche mit Kochinsel", "mehr Platz zum Kochen", "bis Ostern");

        await chat.SayAsync("ok, so um die 12.000 Euro");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Jonas Berger", profile.Name);
        Assert.Contains("Küche", profile.Wish);
        Assert.Equal(12000m, profile.Budget?.Amount);
    }

    [Fact]
    public async Task A_plain_yes_still_answers_whether_a_date_is_the_deadline()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Eva Lang", "eine Website, am besten im März");

        await chat.SayAsync("ja genau");

        Assert.Equal(3, Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date?.Month);
    }
}
