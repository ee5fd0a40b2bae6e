using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>An answer fills the question on screen; other values come from the same message only when they are explicit.</summary>
public class AnswerPlacementTests
{
    [Fact]
    public async Task Time_words_in_the_vision_never_become_the_deadline_and_the_deadline_question_still_comes()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei");

        var afterVision = await chat.SayAsync("Ich möchte sofort mehr Zeit für meine Familie – heute und in ein paar Jahren, bis zur Rente");

        Assert.Contains(bot.German.Questions["timeframe"], string.Join("\n", afterVision));
        Assert.Equal("timeframe", chat.OnScreen);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Timeframe);
    }

    [Fact]
    public async Task A_deadline_given_at_the_budget_question_is_the_timeframe_not_an_amount_and_the_budget_is_asked_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei", "Mehr Zeit zum Backen");
        await chat.SayAsync("überspringen");
        Assert.Equal("budget", chat.OnScreen);

        var reply = string.Join("\n", await chat.SayAsync("Bis Ostern 2027"));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Budget);
        Assert.Equal(new DateOnly(2027, 3, 28), profile.Timeframe?.Date);
        Assert.Contains(bot.German.Questions["budget"], reply);
        Assert.DoesNotContain("2.027", reply);
    }

    [Fact]
    public async Task A_message_that_answers_another_question_is_kept_and_the_open_question_asked_once_more_without_a_miss()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei", "Mehr Zeit zum Backen", "bis Ende März");

        var reply = string.Join("\n", await chat.SayAsync("Schreiben Sie mir an anna@example.com"));

        Assert.Contains("anna@example.com", reply);
        Assert.Contains(bot.German.Questions["budget"], reply);
        Assert.DoesNotContain(bot.German.Retries["budget"], reply);
        Assert.DoesNotContain("Notiert:", reply);
        Assert.Equal("anna@example.com", Assert.Single(await bot.AllProfilesAsync()).Email);

        // Still no miss counted: one unclear answer gets the second try, not the skip.
        var unclear = string.Join("\n", await chat.SayAsync("hm"));
        Assert.Contains(bot.German.Retries["budget"], unclear);
        Assert.Equal("budget", chat.OnScreen);
    }

    [Fact]
    public async Task A_date_given_with_the_wish_but_without_a_deadline_phrase_is_confirmed_before_it_becomes_the_timeframe()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var asked = string.Join("\n", await chat.SayAsync("Eine neue Website, am besten im März"));
        Assert.Contains("ist das Ihr Zeitrahmen?", asked);
        Assert.Equal(["Ja, genau", "Nein"], chat.LastChoices);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Timeframe);

        var confirmed = string.Join("\n", await chat.SayAsync("Ja, genau"));
        Assert.Contains(bot.German.Questions["vision"], confirmed);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.StartsWith("Eine neue Website", profile.Wish);
        Assert.Equal(3, profile.Timeframe?.Date?.Month);
    }

    [Fact]
    public async Task A_deadline_phrase_with_the_wish_is_taken_at_once()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var reply = string.Join("\n", await chat.SayAsync("Eine neue Website, fertig bis Ende März"));

        Assert.Contains(bot.German.Questions["vision"], reply);
        Assert.DoesNotContain("Zeitrahmen", reply);
        Assert.Contains("bis Ende März", reply);
        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task A_timeframe_in_words_is_an_answer_and_the_question_is_not_skipped()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei", "Mehr Zeit zum Backen");

        var reply = string.Join("\n", await chat.SayAsync("wenn die Finanzierung durch die Bank steht"));

        Assert.DoesNotContain(bot.German.SkippedOptional, reply);
        Assert.Contains(bot.German.Questions["budget"], reply);
        Assert.Equal("wenn die Finanzierung durch die Bank steht", Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Text);
    }

    [Theory]
    [InlineData("de-DE", "ja")]
    [InlineData("de-DE", "passt")]
    [InlineData("de-DE", "stimmt so")]
    [InlineData("de-DE", "Ja, passt so.")]
    [InlineData("en-US", "yes")]
    [InlineData("en-US", "that's right")]
    public async Task A_plain_yes_at_the_summary_always_completes_the_wish(string locale, string yes)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync(locale);
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        await chat.SayAllAsync(english ? "Anna Smith" : "Anna Schmidt", english ? "a new website for my bakery" : "eine neue Website für meine Bäckerei");
        for (var turn = 0; turn < 6 && chat.OnScreen is not ("contact" or "summary"); turn++)
        {
            await chat.SayAsync(english ? "skip" : "überspringen");
        }

        await chat.SayAsync("anna@example.com");
        Assert.Equal("summary", chat.OnScreen);

        await chat.SayAsync(yes);

        Assert.Equal(ProfileStatus.Completed, Assert.Single(await bot.AllProfilesAsync()).Status);
    }

    [Fact]
    public async Task In_English_a_deadline_at_the_budget_question_is_the_timeframe_too()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Anna Smith", "a new website for my bakery", "More time for baking");
        await chat.SayAsync("skip");
        Assert.Equal("budget", chat.OnScreen);

        var reply = string.Join("\n", await chat.SayAsync("by 2027"));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Budget);
        Assert.NotNull(profile.Timeframe);
        Assert.Contains(bot.English.Questions["budget"], reply);
    }
}
