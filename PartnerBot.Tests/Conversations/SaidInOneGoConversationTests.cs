using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Customers who say two things in one message: the vision with its deadline, a name before a question, a wish put as a
/// question; and messages that answer nothing: going on after a question, leaving for now, a deadline where a call time was asked.</summary>
public class SaidInOneGoConversationTests
{
    [Fact]
    public async Task English_the_vision_with_a_deadline_fills_the_timeframe_too()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Mark Davis", "a new website for my auto repair shop");

        var reply = string.Join("\n", await chat.SayAsync("something clean that shows off our reviews, and we'd want it live by March 15"));

        Assert.EndsWith(bot.English.Questions["budget"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Contains("reviews", profile.Vision, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 15), profile.Timeframe?.Date);
    }

    [Fact]
    public async Task The_vision_with_a_deadline_in_dialect_fills_the_timeframe_too()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAllAsync("Daniel Wyss", "mir wänd s Bad renoviere");

        await chat.SayAsync("es moderns Bad mit ere Regedusche, und fertig sött's bis Ende Mai sii");

        Assert.Equal(new DateOnly(2027, 5, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Time_words_about_life_in_the_vision_are_no_deadline()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Jan Hoffmann", "eine Website für mein Café");

        var reply = string.Join("\n", await chat.SayAsync("In zwei Jahren möchte ich bis zu drei Filialen haben"));

        Assert.EndsWith(bot.German.Questions["timeframe"], reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Timeframe);
    }

    [Fact]
    public async Task A_name_before_a_question_is_the_name()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();

        var reply = string.Join("\n", await chat.SayAsync("Max Weber – machen Sie auch Kostenvoranschläge vor Ort?"));

        Assert.Contains("ich habe Ihre Frage notiert", reply);
        Assert.Contains(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Max Weber", profile.Name);
        Assert.Equal(RequestKind.Question, Assert.Single(profile.Requests).Kind);
    }

    [Fact]
    public async Task A_wish_put_as_a_question_is_the_wish_and_no_question()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Nina Krause");

        var reply = string.Join("\n", await chat.SayAsync("Könnten Sie unser Wohnzimmer streichen?"));

        Assert.EndsWith(bot.German.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Unser Wohnzimmer streichen", profile.Wish);
        Assert.Empty(profile.Requests);
    }

    [Fact]
    public async Task English_a_problem_with_a_question_to_fix_it_is_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Neil Foster");

        await chat.SayAsync("the kitchen tap keeps dripping, could you fix it?");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("the kitchen tap keeps dripping", profile.Wish);
        Assert.Empty(profile.Requests);
    }

    [Fact]
    public async Task Going_on_after_a_question_passed_on_is_no_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Frank Hermann", "neue Fenster fürs ganze Haus", "Machen Sie auch Rollläden?");

        await chat.SayAsync("nein, schon gut, machen wir hier weiter");

        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);
        Assert.Equal("vision", chat.OnScreen);
    }

    [Fact]
    public async Task English_coming_back_later_to_the_budget_is_no_budget()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Natalie Price", "a new kitchen", "country style with a range cooker", "by easter");

        var reply = string.Join("\n", await chat.SayAsync("sorry I need to check the budget with my husband first, I'll come back to you"));

        Assert.Contains(bot.English.PausedForNow, reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Budget);
    }

    [Fact]
    public async Task A_deadline_after_a_call_back_is_the_timeframe_not_the_call_time()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("James Whitfield", "a bathroom renovation", "walk-in shower, bright tiles", "could you call me instead? 07911 123456");

        await chat.SayAsync("thanks. by the end of march");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(new DateOnly(2027, 3, 31), profile.Timeframe?.Date);
        Assert.Null(Assert.Single(profile.Requests).CallTime?.Date);
    }

    [Fact]
    public async Task English_a_question_and_then_yes_to_the_consent_question_consents()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("en-US");
        await chat.JoinAsync();

        var reply = string.Join("\n", await chat.SayAsync("hi, do you work on weekends? yes sure"));

        Assert.EndsWith(bot.English.Questions["name"], reply);
        Assert.Equal("name", chat.OnScreen);
    }
}
