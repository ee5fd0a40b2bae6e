using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>The consent step listens: buttons, greetings in kind, the data question answered, never the same line twice.</summary>
public class ConsentStepTests
{
    [Fact]
    public async Task The_greeting_says_it_is_the_businesss_digital_assistant_and_offers_buttons()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();

        var greeting = await chat.JoinAsync();

        Assert.StartsWith("Guten Tag! Herzlich willkommen! Ich bin der digitale Assistent von Bäckerei Sonnenschein.", greeting[0]);
        Assert.Equal(["Ja, gern", "Nein, danke"], chat.LastChoices);
    }

    [Fact]
    public async Task Greetings_are_answered_in_kind_and_the_consent_question_never_comes_in_the_same_words_twice()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var moin = Assert.Single(await chat.SayAsync("Moin!"));
        var grussGott = Assert.Single(await chat.SayAsync("Grüß Gott"));
        var servus = Assert.Single(await chat.SayAsync("Servus"));
        var hm = Assert.Single(await chat.SayAsync("hm"));

        Assert.Equal("Moin! " + bot.German.ConsentRetry, moin);
        // After two misses the consent is explained differently.
        Assert.Equal("Grüß Gott! " + bot.German.ConsentExplained.Replace("{business}", "Bäckerei Sonnenschein", StringComparison.Ordinal), grussGott);
        Assert.Equal("Servus! " + bot.German.ConsentNudges[0], servus);
        Assert.Equal(bot.German.ConsentNudges[1], hm);
        Assert.Equal(["Ja, gern", "Nein, danke"], chat.LastChoices);
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task A_first_message_that_greets_is_greeted_back_in_kind()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();

        var replies = await chat.SayAsync("Servus!");

        Assert.StartsWith("Servus! Herzlich willkommen! Ich bin der digitale Assistent von Bäckerei Sonnenschein.", replies[0]);
        Assert.Contains("https://example.com/datenschutz", replies[1]);
    }

    [Fact]
    public async Task A_thumbs_up_on_the_consent_question_is_a_yes()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        Assert.Contains(bot.German.Questions["name"], Assert.Single(await chat.SayAsync("👍")));
        Assert.Single(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task The_data_question_is_answered_in_one_sentence_from_the_retention_settings()
    {
        await using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "90", ["Privacy:IncompleteRetentionDays"] = "14" });
        var chat = bot.Chat();
        await chat.JoinAsync();

        var reply = Assert.Single(await chat.SayAsync("Was passiert mit meinen Daten?"));

        Assert.StartsWith("Was Sie mir sagen, liest nur das Team von Bäckerei Sonnenschein; wir bewahren es höchstens 90 Tage auf (unvollständige Gespräche 14 Tage)", reply);
        Assert.EndsWith(bot.German.ConsentRetry, reply);
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task Asking_whether_it_is_a_bot_is_answered_honestly_before_consent()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        Assert.StartsWith("Ich bin der digitale Assistent von Bäckerei Sonnenschein – kein Mensch", Assert.Single(await chat.SayAsync("Bist du ein Bot?")));
    }

    [Fact]
    public async Task English_consent_step_greets_back_answers_the_data_question_and_varies_its_words()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("en-US");
        var greeting = await chat.JoinAsync();
        Assert.StartsWith("Hello! A warm welcome! I'm the digital assistant of Bäckerei Sonnenschein.", greeting[0]);
        Assert.Equal(["Yes, please", "No, thanks"], chat.LastChoices);

        var morning = Assert.Single(await chat.SayAsync("Morning!"));
        var data = Assert.Single(await chat.SayAsync("What happens with my data?"));
        var bot2 = Assert.Single(await chat.SayAsync("Are you a bot?"));

        Assert.Equal("Morning! " + bot.English.ConsentRetry, morning);
        Assert.Contains("at most 365 days (unfinished conversations 30 days)", data);
        Assert.StartsWith("I'm the digital assistant of Bäckerei Sonnenschein", bot2);
        Assert.EndsWith(bot.English.ConsentExplained.Replace("{business}", "Bäckerei Sonnenschein", StringComparison.Ordinal), data);
        Assert.EndsWith(bot.English.ConsentNudges[0], bot2);
        Assert.Empty(await bot.AllProfilesAsync());
    }
}
