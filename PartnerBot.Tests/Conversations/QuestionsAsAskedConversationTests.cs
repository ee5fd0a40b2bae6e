using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Questions as customers put them: a question they announce ("quick question first") is theirs for the business, not one
/// about the bot's question; "Können Sie mir sagen, was …?" is one question, and its first half no answer.</summary>
public class QuestionsAsAskedConversationTests
{
    [Fact]
    public async Task A_quick_question_first_is_a_question_for_the_business()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Brenda Walsh");

        var reply = string.Join("\n", await chat.SayAsync("hi, quick question first - are you open on saturdays?"));

        Assert.EndsWith(bot.English.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Contains("saturdays", Assert.Single(profile.Requests, r => r.Kind == "question").Text);
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task Eine_kurze_frage_vorab_is_a_question_for_the_business()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Brigitte Wald");

        var reply = string.Join("\n", await chat.SayAsync("eine kurze Frage vorab: haben Sie samstags offen?"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Contains("samstags", Assert.Single(profile.Requests, r => r.Kind == "question").Text);
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task Koennen_sie_mir_sagen_was_das_kostet_is_a_question_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Petra Schulz");

        var reply = string.Join("\n", await chat.SayAsync("Können Sie mir sagen, was eine Dachsanierung ungefähr kostet?"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("question", Assert.Single(profile.Requests).Kind);
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task Could_you_tell_me_what_it_costs_is_a_question_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Ahmed Khan");

        var reply = string.Join("\n", await chat.SayAsync("could you tell me, roughly what does a loft conversion cost?"));

        Assert.EndsWith(bot.English.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("question", Assert.Single(profile.Requests).Kind);
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task Dieses_jahr_nicht_mehr_eher_im_fruehjahr_is_the_spring()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Petra Schulz", "eine Dachsanierung", "dass es dicht ist");

        await chat.SayAsync("dieses Jahr nicht mehr, eher im Frühjahr");

        Assert.Equal(new DateOnly(2027, 5, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Not_this_year_more_like_spring_is_the_spring()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Ahmed Khan", "a garden office", "a quiet place to work");

        await chat.SayAsync("not this year, more like spring");

        Assert.Equal(new DateOnly(2027, 5, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }
}
