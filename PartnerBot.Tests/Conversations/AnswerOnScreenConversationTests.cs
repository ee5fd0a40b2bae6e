using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Where an answer belongs when the customer answers another question than the one on screen, or says more than asked:
/// a date alone to the vision is the timeframe, a known name stays, a known deadline is not put in doubt, a yes after a thank-you
/// or a greeting still answers the yes-or-no question.</summary>
public class AnswerOnScreenConversationTests
{
    [Fact]
    public async Task A_date_alone_to_the_vision_question_is_the_timeframe_and_the_vision_is_asked_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Rachel Adams", "a surprise 40th birthday party");

        var reply = string.Join("\n", await chat.SayAsync("it's on March 6th"));

        Assert.EndsWith(bot.English.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Vision);
        Assert.Equal(new DateOnly(2027, 3, 6), profile.Timeframe?.Date);

        // The vision comes next, and then the budget: the timeframe is not asked again.
        Assert.Contains(bot.English.Questions["budget"], string.Join("\n", await chat.SayAsync("something fun, maybe a rooftop")));
        Assert.Equal("something fun, maybe a rooftop", Assert.Single(await bot.AllProfilesAsync()).Vision);
    }

    [Fact]
    public async Task German_weeks_alone_to_the_vision_question_are_the_timeframe_but_a_vision_with_years_stays_the_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Laura Neumann", "eine Website mit Online-Terminbuchung");

        await chat.SayAsync("in 6-8 Wochen");
        await chat.SayAsync("in fünf Jahren eine Praxis mit drei Therapeuten");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("in 6-8 Wochen", profile.Timeframe?.Text);
        Assert.NotNull(profile.Timeframe?.Date);
        Assert.Equal("in fünf Jahren eine Praxis mit drei Therapeuten", profile.Vision);
    }

    [Fact]
    public async Task A_known_name_is_not_changed_by_an_urgent_timeframe()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("James O'Connor", "new roof tiles, some are missing after the storm", "no leaks basically");

        var reply = string.Join("\n", await chat.SayAsync("asap its urgent"));

        Assert.DoesNotContain("Urgent", reply);
        Assert.EndsWith(bot.English.Questions["budget"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("James O'Connor", profile.Name);
        Assert.True(profile.Timeframe?.Urgent);
    }

    [Fact]
    public async Task A_known_deadline_is_not_asked_back_when_a_later_answer_holds_a_day()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAllAsync("Frau Brunner", "Wir suchen eine Reinigungsfirma für unser Büro", "zweimal pro Woche, zuverlässig", "ab Januar, spätestens 15. Januar");

        var budget = string.Join("\n", await chat.SayAsync("Fr. 2500 im Monat"));
        Assert.EndsWith(bot.German.Questions["contact"], budget);
        var summary = string.Join("\n", await chat.SayAsync("brunner@treuhand-brunner.ch"));
        Assert.Contains(bot.German.SummaryQuestion, summary);
        await chat.SayAsync("ja, merci");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal(new DateOnly(2027, 1, 15), profile.Timeframe?.Date);
        Assert.Equal(2500m, profile.Budget?.Amount);
    }

    [Theory]
    [InlineData("de-CH", "Merci vielmal, stimmt so")]
    [InlineData("de-DE", "Danke! Passt so.")]
    [InlineData("en-GB", "thanks a lot, looks good")]
    public async Task A_thank_you_before_the_yes_confirms_the_summary(string locale, string confirmation)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync(locale);
        await chat.SayAllAsync("Ueli Meier", "eine neue Website", "mehr Aufträge", "bis Ende März", "4000", "ueli@example.ch");

        await chat.SayAsync(confirmation);

        Assert.True(Assert.Single(await bot.AllProfilesAsync()).Completed);
    }

    [Theory]
    [InlineData("fr-CH", "bonjour, oui d'accord", "Isabelle Favre")]
    [InlineData("de-DE", "sorry, my german is bad. yes ok", "Mark Thompson")]
    [InlineData("de-DE", "Hallo erstmal. Ja, gern", "Anna Schmidt")]
    public async Task A_greeting_or_an_apology_before_the_yes_still_consents(string locale, string consent, string name)
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat(locale);
        await chat.JoinAsync();

        await chat.SayAsync(consent);
        await chat.SayAsync(name);

        Assert.Equal(name, Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Theory]
    [InlineData("Hallo, nein danke")]
    [InlineData("Danke, aber ich überlege noch")]
    public async Task A_no_or_no_answer_after_a_greeting_gives_no_consent(string answer)
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        await chat.SayAsync(answer);
        await chat.SayAsync("Anna Schmidt");

        Assert.Empty(await bot.AllProfilesAsync());
    }
}
