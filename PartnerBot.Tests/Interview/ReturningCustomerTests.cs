using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class ReturningCustomerTests
{
    [Fact]
    public async Task A_returning_customer_is_welcomed_back_by_name_and_can_continue()
    {
        await using var bot = new BotHarness();
        var first = bot.Chat(userId: "anna");
        await first.JoinAsync();
        await first.SayAllAsync("ja", "Anna Schmidt", "eine neue Website");

        var second = bot.Chat(userId: "anna");
        var welcome = await second.JoinAsync();
        Assert.Equal(2, welcome.Count);
        Assert.Contains("Willkommen zurück, Anna Schmidt!", welcome[0]);
        Assert.Equal(bot.German.ResumeQuestion, welcome[1]);

        var resumed = Assert.Single(await second.SayAsync("ja"));
        Assert.Contains(bot.German.Questions["vision"], resumed);
        await second.SayAllAsync("mehr Zeit", "im Sommer", "3000 Euro", "anna@example.com", "ja");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal("eine neue Website", profile.Wish);
        Assert.Equal(second.ConversationId, profile.ConversationId);
    }

    [Fact]
    public async Task A_returning_customer_can_start_a_new_wish_and_keeps_name_and_contact()
    {
        await using var bot = new BotHarness();
        var first = bot.Chat(userId: "anna");
        await first.JoinAsync();
        await first.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit", "im Sommer", "3000 Euro", "anna@example.com", "ja");

        var second = bot.Chat(userId: "anna");
        var welcome = await second.JoinAsync();
        Assert.Contains("Willkommen zurück, Anna Schmidt!", welcome[0]);
        Assert.Equal("Ihr Wunsch „eine neue Website“ liegt bei uns – gibt es etwas Neues, oder haben Sie eine Frage dazu?", welcome[1]);

        Assert.Contains(bot.German.Questions["wish"], Assert.Single(await second.SayAsync("Etwas Neues")));
        await second.SayAllAsync("einen Onlineshop", "weniger Stress", "nächstes Jahr", "10000 €");
        var summary = string.Join("\n", await second.SayAsync("Zusammenfassung"));
        Assert.Contains("anna@example.com", summary);

        var profiles = await bot.AllProfilesAsync();
        Assert.Equal(2, profiles.Count);
        Assert.Contains(profiles, p => p.Wish == "einen Onlineshop" && p.Email == "anna@example.com" && p.Name == "Anna Schmidt");
    }

    [Fact]
    public async Task A_returning_customer_who_chooses_a_new_wish_gets_a_new_profile()
    {
        await using var bot = new BotHarness();
        var first = bot.Chat(userId: "anna");
        await first.JoinAsync();
        await first.SayAllAsync("ja", "Anna Schmidt", "eine neue Website");

        var second = bot.Chat(userId: "anna");
        await second.JoinAsync();
        Assert.Contains(bot.German.Questions["wish"], Assert.Single(await second.SayAsync("nein")));
        await second.SayAsync("einen Onlineshop");
        Assert.Equal(2, (await bot.AllProfilesAsync()).Count);
    }
}
