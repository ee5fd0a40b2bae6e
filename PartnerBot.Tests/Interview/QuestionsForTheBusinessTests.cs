using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>A customer's question is answered or passed on, never stored as an answer; the interview's question comes back.</summary>
public class QuestionsForTheBusinessTests
{
    [Fact]
    public async Task A_question_the_owner_answered_gets_that_answer_and_the_question_on_screen_comes_back()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var reply = Assert.Single(await chat.SayAsync("Wann haben Sie eigentlich geöffnet?"));

        Assert.Equal(ListeningHarness.OpeningHours + " " + bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Empty(profile.Requests);
    }

    [Fact]
    public async Task A_question_the_bot_cannot_answer_is_passed_on_noted_as_a_request_and_never_becomes_the_wish()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var reply = Assert.Single(await chat.SayAsync("Machen Sie auch Hausbesuche?"));
        Assert.Equal("Das beantwortet Ihnen Bäckerei Sonnenschein gern persönlich – ich habe Ihre Frage notiert. " + bot.German.Questions["wish"], reply);
        Assert.Single(await chat.SayAsync("Was kostet bei Ihnen eine Website?"));
        await chat.SayAsync("eine neue Website mit Tortenbestellung");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("eine neue Website mit Tortenbestellung", profile.Wish);
        Assert.Equal(
            [(RequestKind.Question, "Machen Sie auch Hausbesuche?"), (RequestKind.Question, "Was kostet bei Ihnen eine Website?")],
            profile.Requests.Select(r => (r.Kind, r.Text)));
        Assert.Equal(BotHarness.Start, profile.Requests[0].At);
    }

    [Fact]
    public async Task A_question_before_consent_is_answered_and_nothing_is_kept()
    {
        await using var bot = ListeningHarness.Create();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var reply = Assert.Single(await chat.SayAsync("Machen Sie auch Hausbesuche?"));

        Assert.StartsWith("Das beantwortet Ihnen Bäckerei Sonnenschein gern persönlich: 030 1234567.", reply);
        Assert.EndsWith(bot.German.ConsentRetry, reply);
        Assert.Equal(["Ja, gern", "Nein, danke"], chat.LastChoices);
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task A_question_about_the_question_is_explained_in_other_words_and_is_no_vision()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website");

        var reply = Assert.Single(await chat.SayAsync("Was meinen Sie damit genau?"));
        Assert.Equal(bot.German.Explanations["vision"], reply);
        Assert.NotEqual(bot.German.Questions["vision"], reply);

        Assert.Contains(bot.German.Questions["timeframe"], Assert.Single(await chat.SayAsync("Mehr Stammkunden und weniger Papierkram")));
        Assert.Equal("Mehr Stammkunden und weniger Papierkram", Assert.Single(await bot.AllProfilesAsync()).Vision);
    }

    [Fact]
    public async Task Asking_who_the_bot_is_gets_an_honest_answer_and_no_name_retry()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();

        var reply = Assert.Single(await chat.SayAsync("Wer sind Sie eigentlich?"));

        Assert.StartsWith("Ich bin der digitale Assistent von Bäckerei Sonnenschein", reply);
        Assert.EndsWith(bot.German.Questions["name"], reply);
        Assert.DoesNotContain(bot.German.Retries["name"], reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task English_questions_are_answered_passed_on_or_explained()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Anna Smith");

        Assert.Equal(ListeningHarness.OpeningHoursEnglish + " " + bot.English.Questions["wish"], Assert.Single(await chat.SayAsync("What are your opening hours?")));
        Assert.Equal("Bäckerei Sonnenschein will be glad to answer that personally – I've noted your question. " + bot.English.Questions["wish"],
            Assert.Single(await chat.SayAsync("Do you do house calls?")));
        await chat.SayAsync("a new website");
        Assert.Equal(bot.English.Explanations["vision"], Assert.Single(await chat.SayAsync("What do you mean?")));
        Assert.StartsWith("I'm the digital assistant of Bäckerei Sonnenschein", Assert.Single(await chat.SayAsync("Are you a bot?")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("a new website", profile.Wish);
        Assert.Null(profile.Vision);
        Assert.Equal([(RequestKind.Question, "Do you do house calls?")], profile.Requests.Select(r => (r.Kind, r.Text)));
    }
}
