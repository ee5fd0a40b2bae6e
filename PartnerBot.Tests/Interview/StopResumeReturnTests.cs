using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>Stopping, going on, starting again and coming back: the bot remembers who the customer is and where their wish stands.</summary>
public class StopResumeReturnTests
{
    [Fact]
    public async Task Going_on_after_cancelling_asks_the_next_open_question()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website", "abbrechen");
        Assert.Equal("cancelled", Assert.Single(await bot.AllProfilesAsync()).Status);

        var resumed = Assert.Single(await chat.SayAsync("Doch weitermachen bitte"));

        Assert.Equal(bot.German.ResumedAfterCancel + " " + bot.German.Questions["vision"], resumed);
        Assert.Equal("in-progress", Assert.Single(await bot.AllProfilesAsync()).Status);
        Assert.Contains(bot.German.Questions["timeframe"], Assert.Single(await chat.SayAsync("mehr Zeit für meine Kunden")));
    }

    [Fact]
    public async Task Starting_again_keeps_the_name_with_salutation_and_title()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Ich bin Frau Dr. Anna Brandt", "eine neue Website");

        var restarted = Assert.Single(await chat.SayAsync("neu starten"));

        Assert.EndsWith(bot.German.Questions["wish"], restarted);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(("Anna Brandt", "Frau", "Dr."), (profile.Name, profile.Answers.Text("salutation"), profile.Answers.Text("title")));
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task A_returning_customer_hears_where_their_wish_stands_and_hello_again_is_no_wish()
    {
        await using var bot = ListeningHarness.Create();
        await CompleteAsync(bot, "anna");

        var second = bot.Chat(userId: "anna");
        var welcome = await second.JoinAsync();
        Assert.Equal("Ihr Wunsch „eine neue Website“ liegt bei uns – gibt es etwas Neues, oder haben Sie eine Frage dazu?", welcome[1]);
        Assert.Equal(["Etwas Neues", "Eine Frage"], second.LastChoices);

        Assert.Equal("Hallo! " + bot.German.ReturnRetry, Assert.Single(await second.SayAsync("Hallo nochmal!")));
        Assert.Contains("ich habe Ihre Frage notiert", Assert.Single(await second.SayAsync("Ist die Website schon in Arbeit?")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(("eine neue Website", ProfileStatus.Completed), (profile.Wish, profile.Status));
        Assert.Equal([(RequestKind.Question, "Ist die Website schon in Arbeit?")], profile.Requests.Select(r => (r.Kind, r.Text)));

        Assert.Contains(bot.German.Questions["vision"], string.Join("\n", await second.SayAsync("Ich hätte gern noch einen Onlineshop")));
        var profiles = await bot.AllProfilesAsync();
        Assert.Equal(2, profiles.Count);
        Assert.Contains(profiles, p => p.Wish == "einen Onlineshop" && p.Name == "Anna Schmidt" && p.Requests.Count == 0);
        Assert.Contains(profiles, p => p.Wish == "eine neue Website" && p.Status == ProfileStatus.Completed);
    }

    [Fact]
    public async Task A_returning_customer_whom_the_business_contacted_is_told_so()
    {
        await using var bot = new BotHarness();
        await CompleteAsync(bot, "anna");
        var id = Assert.Single(await bot.AllProfilesAsync()).Id;
        await bot.Profiles.SetFollowUpAsync(id, FollowUpStatus.Contacted, CancellationToken.None);

        var welcome = await bot.Chat(userId: "anna").JoinAsync();

        Assert.Contains("wir sind schon mit Ihnen im Gespräch", welcome[1]);
    }

    [Fact]
    public async Task English_resume_after_cancel_restart_and_return()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Anna Smith", "a new website", "cancel");
        Assert.Equal(bot.English.ResumedAfterCancel + " " + bot.English.Questions["vision"], Assert.Single(await chat.SayAsync("continue please")));
        await chat.SayAllAsync("more time for customers", "in summer", "3000 dollars", "anna@example.com", "yes");

        var second = bot.Chat("en-US", userId: chat.UserId);
        var welcome = await second.JoinAsync();
        Assert.Equal("Your wish \"a new website\" is with us – is there anything new, or do you have a question about it?", welcome[1]);
        Assert.Equal("Hello! " + bot.English.ReturnRetry, Assert.Single(await second.SayAsync("Hello again!")));
        Assert.Single(await bot.AllProfilesAsync());
    }

    private static async Task CompleteAsync(BotHarness bot, string userId)
    {
        var first = bot.Chat(userId: userId);
        await first.JoinAsync();
        await first.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit", "im Sommer", "3000 Euro", "anna@example.com", "ja");
        Assert.True(Assert.Single(await bot.AllProfilesAsync()).Completed);
    }
}
