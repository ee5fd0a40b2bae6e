using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Interview;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>Where the answer is a choice the bot offers buttons, and a button's text sent back is understood as that answer.</summary>
public class QuickReplyTests
{
    public static TheoryData<string> Locales => new() { "de-DE", "en-US", "fr-FR" };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_consent_question_offers_yes_and_no_and_the_yes_button_starts_the_interview(string locale)
    {
        await using var bot = new BotHarness();
        var wording = bot.Services.GetRequiredService<WordingCatalog>().For(locale);
        var chat = bot.Chat(locale);
        var greeting = await chat.JoinAsync();
        Assert.Equal(2, greeting.Count);
        var choices = wording.ChoicesFor(Wording.ConsentChoice);
        Assert.Equal(2, choices.Length);
        Assert.Equal(choices, chat.LastChoices);

        var reply = Assert.Single(await chat.SayAsync(choices[0]));
        Assert.Contains(wording.Questions["name"], reply);
        Assert.Empty(chat.LastChoices);
        Assert.Single(await bot.AllProfilesAsync());
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_no_button_declines_and_stores_nothing(string locale)
    {
        await using var bot = new BotHarness();
        var wording = bot.Services.GetRequiredService<WordingCatalog>().For(locale);
        var chat = bot.Chat(locale);
        await chat.JoinAsync();
        Assert.Single(await chat.SayAsync(wording.ChoicesFor(Wording.ConsentChoice)[1]));
        Assert.Empty(await bot.AllProfilesAsync());
        Assert.Empty(chat.LastChoices);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_consent_retry_offers_the_buttons_again(string locale)
    {
        await using var bot = new BotHarness();
        var wording = bot.Services.GetRequiredService<WordingCatalog>().For(locale);
        var chat = bot.Chat(locale);
        await chat.JoinAsync();
        Assert.Contains(wording.ConsentRetry, Assert.Single(await chat.SayAsync("🙂 ?")));
        Assert.Equal(wording.ChoicesFor(Wording.ConsentChoice), chat.LastChoices);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_summary_offers_confirm_and_change_and_both_buttons_work(string locale)
    {
        await using var bot = new BotHarness();
        var wording = bot.Services.GetRequiredService<WordingCatalog>().For(locale);
        var chat = await ToSummaryAsync(bot, wording, locale);
        var confirm = wording.ChoicesFor(Wording.ConfirmChoice);
        Assert.Equal(2, confirm.Length);
        Assert.Equal(confirm, chat.LastChoices);

        Assert.Equal(wording.SummaryWhatToChange, Assert.Single(await chat.SayAsync(confirm[1])));
        Assert.Empty(chat.LastChoices);
        Assert.False(Assert.Single(await bot.AllProfilesAsync()).Completed);

        await chat.SayAsync("anna.schmidt@example.com");
        Assert.Equal(confirm, chat.LastChoices);
        await chat.SayAsync(confirm[0]);
        Assert.Empty(chat.LastChoices);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal("anna.schmidt@example.com", profile.Email);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_returning_customer_can_continue_or_start_a_new_wish_with_the_buttons(string locale)
    {
        await using var bot = new BotHarness();
        var wording = bot.Services.GetRequiredService<WordingCatalog>().For(locale);
        var first = bot.Chat(locale, userId: "anna");
        await first.JoinAsync();
        await first.SayAllAsync(wording.ChoicesFor(Wording.ConsentChoice)[0], "Anna Schmidt", "www.example.com");

        var resume = wording.ChoicesFor(Wording.ResumeChoice);
        Assert.Equal(2, resume.Length);
        var second = bot.Chat(locale, userId: "anna");
        var welcome = await second.JoinAsync();
        Assert.Equal(wording.ResumeQuestion, welcome[^1]);
        Assert.Equal(resume, second.LastChoices);
        Assert.Contains(wording.Questions["vision"], Assert.Single(await second.SayAsync(resume[0])));
        Assert.Single(await bot.AllProfilesAsync());

        var third = bot.Chat(locale, userId: "anna");
        await third.JoinAsync();
        Assert.Equal(resume, third.LastChoices);
        var fresh = Assert.Single(await third.SayAsync(resume[1]));
        Assert.StartsWith(wording.NewWish, fresh);
        Assert.Equal(2, (await bot.AllProfilesAsync()).Count);
    }

    private static async Task<ChatDriver> ToSummaryAsync(BotHarness bot, Wording wording, string locale)
    {
        var chat = bot.Chat(locale);
        await chat.JoinAsync();
        var budget = locale == "en-US" ? "3000 dollars" : "3000 Euro";
        var when = locale switch { "en-US" => "in summer", "fr-FR" => "en été", _ => "im Sommer" };
        var replies = await chat.SayAllAsync(wording.ChoicesFor(Wording.ConsentChoice)[0], "Anna Schmidt", "www.example.com", "more time", when, budget, "anna@example.com");
        Assert.Contains(wording.SummaryIntro, replies[^1]);
        return chat;
    }
}
