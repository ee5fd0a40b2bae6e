using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class GermanInterviewTests
{
    [Fact]
    public async Task A_customer_is_greeted_warmly_and_asked_for_consent_when_joining()
    {
        await using var bot = new BotHarness();
        var replies = await bot.Chat().JoinAsync();

        Assert.Equal(2, replies.Count);
        Assert.Contains("Bäckerei Sonnenschein", replies[0]);
        Assert.Contains("Partner", replies[0]);
        Assert.Contains("https://example.com/datenschutz", replies[1]);
        Assert.Contains("(ja/nein)", replies[1]);
    }

    [Fact]
    public async Task The_whole_interview_fills_every_slot_and_completes_the_profile()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var afterConsent = await chat.SayAsync("ja, gerne");
        Assert.Contains(bot.German.Questions["name"], Assert.Single(afterConsent));

        var afterName = await chat.SayAsync("Anna Schmidt");
        Assert.Contains("Anna Schmidt", afterName[0]);
        Assert.Contains(bot.German.Questions["wish"], afterName[0]);

        Assert.Contains(bot.German.Questions["vision"], (await chat.SayAsync("eine neue Website für meine Bäckerei"))[0]);
        Assert.Contains(bot.German.Questions["timeframe"], (await chat.SayAsync("Ich möchte, dass meine Kunden online vorbestellen können und ich mehr Zeit zum Backen habe."))[0]);
        Assert.Contains(bot.German.Questions["budget"], (await chat.SayAsync("bis Ende März"))[0]);
        Assert.Contains(bot.German.Questions["contact"], (await chat.SayAsync("ca. 5.000 €"))[0]);

        var summary = string.Join("\n", await chat.SayAsync("anna@example.com"));
        Assert.Contains("- Name: Anna Schmidt", summary);
        Assert.Contains("- Wunsch: eine neue Website für meine Bäckerei", summary);
        Assert.Contains("31.03.2027", summary);
        Assert.Contains("5.000 EUR", summary);
        Assert.Contains("- E-Mail: anna@example.com", summary);
        Assert.Contains(bot.German.SummaryQuestion, summary);

        var profileBefore = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.InProgress, profileBefore.Status);

        var thanks = Assert.Single(await chat.SayAsync("ja"));
        Assert.Contains("Herzlichen Dank, Anna Schmidt!", thanks);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal("Anna Schmidt", profile.Name);
        Assert.Equal("eine neue Website für meine Bäckerei", profile.Wish);
        Assert.StartsWith("Ich möchte, dass meine Kunden online vorbestellen", profile.Vision);
        Assert.Equal(new DateOnly(2027, 3, 31), profile.Timeframe?.Date);
        Assert.Equal(5000m, profile.Budget?.Amount);
        Assert.Equal("EUR", profile.Budget?.Currency);
        Assert.Equal("anna@example.com", profile.Email);
        Assert.Equal("de-DE", profile.Locale);
        Assert.Equal(chat.UserId, profile.UserId);
        Assert.Equal(chat.ConversationId, profile.ConversationId);
        Assert.NotNull(profile.ConsentAt);
        Assert.Equal(["name", "wish", "vision", "timeframe", "budget", "email"], profile.Entries.Select(e => e.Slot));
        Assert.All(profile.Entries, e => Assert.Equal(chat.ConversationId, e.ConversationId));
        Assert.Equal("2027-03-31", profile.Entries.Single(e => e.Slot == "timeframe").Value);
    }

    [Fact]
    public async Task A_rich_sentence_fills_several_slots_at_once()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAsync("ja");

        var replies = await chat.SayAsync("Hallo, ich bin Anna Schmidt, ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €, anna@example.com");

        var reply = Assert.Single(replies);
        Assert.Contains(bot.German.Questions["vision"], reply);
        Assert.StartsWith("Gern notiert: Anna Schmidt", reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Anna Schmidt", profile.Name);
        Assert.Equal("eine neue Website", profile.Wish);
        Assert.Equal(new DateOnly(2027, 4, 1), profile.Timeframe?.Date);
        Assert.Equal(5000m, profile.Budget?.Amount);
        Assert.Equal("anna@example.com", profile.Email);
        Assert.Equal(5, profile.Entries.Count);
    }

    [Fact]
    public async Task Values_given_before_consent_are_used_for_that_turn_only_and_not_carried_into_the_profile()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();

        var greeting = await chat.SayAsync("Hallo, ich bin Anna Schmidt und brauche eine neue Website, anna@example.com");
        Assert.Equal(2, greeting.Count);
        Assert.Empty(await bot.AllProfilesAsync());

        var afterConsent = await chat.SayAsync("ja");
        Assert.Contains(bot.German.Questions["name"], Assert.Single(afterConsent));
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Name);
        Assert.Null(profile.Email);
        Assert.Empty(profile.Entries);
        Assert.Equal(bot.Clock.GetUtcNow(), profile.ConsentAt);
        Assert.Equal("2026-11", profile.ConsentVersion);
    }

    [Fact]
    public async Task Values_given_in_the_consenting_message_itself_are_kept()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var afterConsent = await chat.SayAsync("Ja, gern. Ich bin Anna Schmidt, anna@example.com");
        Assert.Contains(bot.German.Questions["wish"], Assert.Single(afterConsent));
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Anna Schmidt", profile.Name);
        Assert.Equal("anna@example.com", profile.Email);
        Assert.Contains(profile.Entries, e => e.Slot == "name");
    }

    [Fact]
    public async Task The_first_message_is_greeted_when_no_greeting_went_out()
    {
        await using var bot = new BotHarness();
        var replies = await bot.Chat().SayAsync("Hallo");
        Assert.Equal(2, replies.Count);
        Assert.Contains("Bäckerei Sonnenschein", replies[0]);
    }

    [Fact]
    public async Task Joining_twice_greets_once()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        Assert.Empty(await chat.JoinAsync());
    }

    [Fact]
    public async Task Natural_yes_variants_give_consent()
    {
        foreach (var yes in new[] { "klar", "gerne", "ok", "Ja!", "sure" })
        {
            await using var bot = new BotHarness();
            var chat = bot.Chat();
            await chat.JoinAsync();
            Assert.Contains(bot.German.Questions["name"], Assert.Single(await chat.SayAsync(yes)));
        }
    }

    [Fact]
    public async Task An_unclear_consent_answer_is_asked_again_and_nothing_is_stored()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        var replies = await chat.SayAsync("Hmm, mal sehen");
        Assert.Equal(bot.German.ConsentRetry, Assert.Single(replies));
        Assert.Empty(await bot.AllProfilesAsync());
    }
}
