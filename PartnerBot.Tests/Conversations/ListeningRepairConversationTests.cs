using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>What keeps a conversation on track when an answer goes astray: a message that moved on answers the next question, a
/// correction of the answer before changes that answer, a call back's time may follow its number, "weiß noch nicht" answers the budget.</summary>
public class ListeningRepairConversationTests
{
    [Fact]
    public async Task The_message_after_which_the_name_is_left_open_answers_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("fine. hmm.", "?? ok.");

        var reply = string.Join("\n", await chat.SayAsync("new windows for the front of the house"));

        Assert.EndsWith(bot.English.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Name);
        Assert.Equal("new windows for the front of the house", profile.Wish);
    }

    [Fact]
    public async Task Make_that_april_at_the_budget_question_corrects_the_timeframe_and_the_budget_is_asked_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Ian Brooks", "a new driveway", "block paving, room for two cars", "by march");

        var reply = string.Join("\n", await chat.SayAsync("actually make that april"));

        Assert.EndsWith(bot.English.Questions["budget"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(new DateOnly(2027, 4, 30), profile.Timeframe?.Date);
        Assert.Null(profile.Budget);
    }

    [Fact]
    public async Task I_meant_at_the_wish_question_corrects_the_name_and_is_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Tim Bekcer");

        var reply = string.Join("\n", await chat.SayAsync("nein, ich meinte Tim Becker"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Tim Becker", profile.Name);
        Assert.Null(profile.Wish);
    }

    [Fact]
    public async Task By_a_month_is_that_months_last_day()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Sophie Turner", "a new website", "more bookings for my salon", "by february");

        Assert.Equal(new DateOnly(2027, 2, 28), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task A_time_in_the_message_after_the_number_belongs_to_the_call_back_not_to_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Klaus Richter", "Ich will nicht mit einem Bot reden, bitte rufen Sie mich zurück", "0171 9988776");

        var reply = string.Join("\n", await chat.SayAsync("egal wann"));

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        var request = Assert.Single(profile.Requests);
        Assert.Equal("callback", request.Kind);
        Assert.Contains("egal wann", request.Text);
    }

    [Fact]
    public async Task Dont_know_to_the_budget_question_is_a_budget_in_words()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Petra", "eine Küchenplanung", "offene Küche mit Theke", "bis Ende Mai");

        var reply = string.Join("\n", await chat.SayAsync("weiß noch nicht"));

        Assert.EndsWith(bot.German.Questions["contact"], reply);
        var budget = Assert.Single(await bot.AllProfilesAsync()).Budget;
        Assert.Equal("weiß noch nicht", budget?.Text);
        Assert.Null(budget?.Amount);
    }

    [Fact]
    public async Task A_complaint_before_consent_is_on_the_profile_once_consented_and_the_name_then_answers_the_name_question()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("Ich warte seit 3 Wochen auf meine Rechnung, Auftragsnummer 2026-1187!!", "ja");

        await chat.SayAsync("Kerstin Vogel");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Kerstin Vogel", profile.Name);
        Assert.Equal("complaint", Assert.Single(profile.Requests).Kind);
        // Words said before consent are not kept: the request names its kind only.
        Assert.DoesNotContain("2026-1187", profile.Requests[0].Text);
    }

    [Fact]
    public async Task The_vision_answered_around_three_times_is_left_open_and_a_yes_at_the_summary_completes()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Rachel Adams", "a surprise 40th birthday party", "it's on March 6th", "no more than $3,000");

        var reply = string.Join("\n", await chat.SayAsync("rachel.adams@yahoo.com"));
        await chat.SayAsync("yes perfect");

        Assert.DoesNotContain(bot.English.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Vision);
        Assert.Equal("completed", profile.Status);
    }

    [Fact]
    public async Task The_clause_before_a_question_after_a_comma_answers_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Alan Greene");

        var reply = string.Join("\n", await chat.SayAsync("I'd like a website for my clinic, and can you also do the photos?"));

        Assert.EndsWith(bot.English.Questions["vision"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Contains("website", profile.Wish);
        Assert.Contains("photos", Assert.Single(profile.Requests).Text);
    }

    [Fact]
    public async Task The_deadline_question_passed_over_with_the_vision_keeps_the_date_and_takes_the_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Leah Green", "wedding cake, 3 tiers, for the 14th of august, budget £400");

        var reply = string.Join("\n", await chat.SayAsync("naked cake style with fresh flowers"));

        Assert.EndsWith(bot.English.Questions["contact"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("naked cake style with fresh flowers", profile.Vision);
        Assert.Equal(new DateOnly(2027, 8, 14), profile.Timeframe?.Date);
    }
}
