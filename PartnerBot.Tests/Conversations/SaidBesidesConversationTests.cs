using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Interview;

namespace PartnerBot.Tests.Conversations;

/// <summary>A message that wants something and answers too: a question for the business beside the wish, du offered with the name;
/// and messages that are no free-text answer at all: an amount or an e-mail alone, a yes to nothing asked.</summary>
public class SaidBesidesConversationTests
{
    [Fact]
    public async Task A_question_beside_the_wish_is_passed_on_and_the_wish_is_kept()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Peter Wagner");

        var reply = string.Join("\n", await chat.SayAsync("Wir brauchen ein neues Dach für unser Haus. Machen Sie auch Dachfenster?"));

        Assert.Contains("ich habe Ihre Frage notiert", reply);
        Assert.EndsWith(bot.German.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("ein neues Dach für unser Haus", profile.Wish);
        Assert.Equal((RequestKind.Question, "Wir brauchen ein neues Dach für unser Haus. Machen Sie auch Dachfenster?"), (Assert.Single(profile.Requests).Kind, profile.Requests[0].Text));
    }

    [Fact]
    public async Task A_question_alone_leaves_the_question_on_screen()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Peter Wagner");

        Assert.EndsWith(bot.German.Questions["wish"], string.Join("\n", await chat.SayAsync("Machen Sie auch Dachfenster?")));
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Wish);
    }

    [Fact]
    public async Task Du_offered_with_the_name_keeps_the_name()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();

        var reply = string.Join("\n", await chat.SayAsync("Hi, ich bin der Jonas, du kannst mich gern duzen"));

        Assert.Contains("dann sagen wir du", reply);
        Assert.Contains("Was wünschst du dir", reply);
        Assert.Equal("Jonas", Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task An_amount_or_an_email_alone_to_the_vision_question_is_no_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Peter Wagner", "ein neues Dach");

        Assert.EndsWith(bot.German.Questions["vision"], string.Join("\n", await chat.SayAsync("um die 20.000 €")));
        Assert.EndsWith(bot.German.Questions["vision"], string.Join("\n", await chat.SayAsync("peter.wagner@t-online.de")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Vision);
        Assert.Equal(20000m, profile.Budget?.Amount);
        Assert.Equal("peter.wagner@t-online.de", profile.Email);
    }

    [Fact]
    public async Task English_a_yes_to_the_vision_question_is_no_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Rachel Adams", "a surprise birthday party");

        var reply = string.Join("\n", await chat.SayAsync("yes perfect"));

        Assert.DoesNotContain("What a picture", reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Vision);
    }
}
