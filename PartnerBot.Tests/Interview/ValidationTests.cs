using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class ValidationTests
{
    private static async Task<(BotHarness Bot, ChatDriver Chat)> AtContactQuestionAsync()
    {
        var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit für die Familie", "im Sommer", "3000 Euro");
        return (bot, chat);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_gets_a_friendly_reprompt_with_an_example()
    {
        var (bot, chat) = await AtContactQuestionAsync();
        await using var _ = bot;
        var reply = Assert.Single(await chat.SayAsync("weiß ich nicht"));
        Assert.Equal(bot.German.Retries["contact"], reply);
        Assert.Contains("anna@example.com", reply);
    }

    [Fact]
    public async Task A_required_question_offers_skipping_after_two_misses_and_skip_moves_on()
    {
        var (bot, chat) = await AtContactQuestionAsync();
        await using var _ = bot;
        await chat.SayAsync("weiß ich nicht");
        var second = Assert.Single(await chat.SayAsync("keine Ahnung"));
        Assert.Contains(bot.German.SkipHint, second);

        var summary = await chat.SayAsync("überspringen");
        Assert.Contains(bot.German.SummaryIntro, string.Join("\n", summary));
    }

    [Fact]
    public async Task A_broken_email_is_asked_again_and_a_good_one_accepted()
    {
        var (bot, chat) = await AtContactQuestionAsync();
        await using var _ = bot;
        Assert.Equal(bot.German.Retries["contact"], Assert.Single(await chat.SayAsync("anna@")));
        var summary = string.Join("\n", await chat.SayAsync("anna@example.com"));
        Assert.Contains("anna@example.com", summary);
    }

    [Fact]
    public async Task A_phone_number_is_stored_in_E164()
    {
        var (bot, chat) = await AtContactQuestionAsync();
        await using var _ = bot;
        await chat.SayAsync("0171 2345678");
        Assert.Equal("+491712345678", Assert.Single(await bot.AllProfilesAsync()).Phone);
    }

    [Fact]
    public async Task An_optional_question_is_skipped_politely_after_two_misses()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit für die Familie", "im Sommer");

        // "weiß nicht" and "keine Ahnung" are budgets in words now; answers about something else are misses.
        Assert.Equal(bot.German.Retries["budget"], Assert.Single(await chat.SayAsync("die Farbe Blau")));
        var reply = Assert.Single(await chat.SayAsync("grün gefällt mir auch"));
        Assert.Contains(bot.German.SkippedOptional, reply);
        Assert.Contains(bot.German.Questions["contact"], reply);
    }

    [Fact]
    public async Task A_bare_number_to_the_budget_question_takes_the_locales_currency()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit für die Familie", "im Sommer", "4000");
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal((4000m, "EUR"), (profile.Budget?.Amount, profile.Budget?.Currency));
    }
}
