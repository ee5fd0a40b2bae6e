using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>Open answers ("sofort", "noch offen", "nach Angebot") are answers, shown as the customer said them, with buttons for the common ones.</summary>
public class OpenAnswerTests
{
    private static async Task<ChatDriver> AtTimeframeAsync(BotHarness bot, string locale = "de-DE")
    {
        var chat = await bot.ConsentedChatAsync(locale);
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        await chat.SayAllAsync(english ? "Anna Smith" : "Anna Schmidt", english ? "a new website for my bakery" : "eine neue Website für meine Bäckerei",
            english ? "More time for baking" : "Mehr Zeit zum Backen");
        Assert.Equal("timeframe", chat.OnScreen);
        return chat;
    }

    [Fact]
    public async Task The_timeframe_question_offers_the_common_answers_as_buttons_and_so_does_the_budget_question()
    {
        await using var bot = new BotHarness();
        var chat = await AtTimeframeAsync(bot);
        Assert.Equal(["So bald wie möglich", "In 1–3 Monaten", "Noch offen"], chat.LastChoices);

        await chat.SayAsync("Noch offen");
        Assert.Equal("budget", chat.OnScreen);
        Assert.Equal(["Nach Angebot", "Noch offen"], chat.LastChoices);

        await chat.SayAsync("Nach Angebot");
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Timeframe?.Open);
        Assert.Equal("Nach Angebot", profile.Budget?.Text);
        Assert.Null(profile.Budget?.Amount);
    }

    [Fact]
    public async Task An_urgent_answer_is_accepted_in_the_customers_words_and_flagged()
    {
        await using var bot = new BotHarness();
        var chat = await AtTimeframeAsync(bot);

        var reply = string.Join("\n", await chat.SayAsync("sofort, es ist dringend"));

        Assert.Contains("Sofort, es ist dringend – verstanden, es eilt.", reply);
        Assert.Contains(bot.German.Questions["budget"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("sofort, es ist dringend", profile.Timeframe?.Text);
        Assert.True(profile.Timeframe?.Urgent);
    }

    [Fact]
    public async Task A_budget_that_depends_on_the_offer_is_accepted_as_said()
    {
        await using var bot = new BotHarness();
        var chat = await AtTimeframeAsync(bot);
        await chat.SayAsync("In 1–3 Monaten");

        var reply = string.Join("\n", await chat.SayAsync("kommt aufs Angebot an"));

        Assert.Contains("Kommt aufs Angebot an – gut, dann bekommen Sie von uns ein Angebot.", reply);
        Assert.Equal("contact", chat.OnScreen);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("kommt aufs Angebot an", profile.Budget?.Text);
        Assert.NotNull(profile.Timeframe?.Date);
    }

    [Fact]
    public async Task When_the_bot_still_needs_the_timeframe_it_says_what_and_offers_the_buttons_again()
    {
        await using var bot = new BotHarness();
        var chat = await AtTimeframeAsync(bot);

        var reply = string.Join("\n", await chat.SayAsync("hm"));

        Assert.Contains(bot.German.Retries["timeframe"], reply);
        Assert.Equal(["So bald wie möglich", "In 1–3 Monaten", "Noch offen"], chat.LastChoices);
    }

    [Fact]
    public async Task In_English_ASAP_and_depends_on_the_offer_are_answers()
    {
        await using var bot = new BotHarness();
        var chat = await AtTimeframeAsync(bot, "en-US");
        Assert.Equal(["As soon as possible", "In 1–3 months", "Still open"], chat.LastChoices);

        Assert.Contains("ASAP – understood, it's urgent.", string.Join("\n", await chat.SayAsync("ASAP")));
        Assert.Contains("Depends on the offer – fine", string.Join("\n", await chat.SayAsync("depends on the offer")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Timeframe?.Urgent);
        Assert.Equal("depends on the offer", profile.Budget?.Text);
    }
}
