using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>The summary's yes with something else in the message, and what comes after the wish was sent: a request or a question
/// beside the yes is served and the yes still counts; a question about the chat itself is no request; thanks are no new name.</summary>
public class AtTheSummaryConversationTests
{
    private static async Task<ChatDriver> AtTheSummaryAsync(BotHarness bot, string locale, params string[] lines)
    {
        var chat = await bot.ConsentedChatAsync(locale);
        await chat.SayAllAsync(lines);
        Assert.Equal("summary", chat.OnScreen);
        return chat;
    }

    [Fact]
    public async Task English_a_yes_with_a_call_back_confirms_and_the_call_back_is_arranged()
    {
        await using var bot = new BotHarness();
        var chat = await AtTheSummaryAsync(bot, "en-GB", "Karen Bell", "a new front door", "composite, dark grey, secure", "before christmas", "about £1,800", "07812 345678");

        var reply = string.Join("\n", await chat.SayAsync("looks right, but could someone ring me to arrange a measuring visit?"));
        await chat.SayAsync("mornings are best");

        Assert.Contains("Thank you so much", reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Equal(RequestKind.Callback, Assert.Single(profile.Requests).Kind);
    }

    [Fact]
    public async Task A_yes_with_a_question_confirms_and_the_question_is_noted()
    {
        await using var bot = new BotHarness();
        var chat = await AtTheSummaryAsync(bot, "de-CH", "Martina Fässler", "e neui Website für mini Physiopraxis", "Patiente söled online Termin buche",
            "bis im März", "öppe 6000 Franke", "m.faessler@physio-faessler.ch");

        await chat.SayAsync("jo stimmt. Chömed Sie au uf Winterthur?");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Equal((RequestKind.Question, "Chömed Sie au uf Winterthur?"), (Assert.Single(profile.Requests).Kind, profile.Requests[0].Text));
    }

    [Fact]
    public async Task English_a_question_about_the_chat_itself_is_no_request()
    {
        await using var bot = new BotHarness();
        var chat = await AtTheSummaryAsync(bot, "en-US", "Amy Lin", "a custom cake for my mom's birthday", "lemon with buttercream flowers",
            "december 19", "around $150", "amy.lin@gmail.com");

        await chat.SayAsync("yes that's all correct. is that everything you need from me?");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Empty(profile.Requests);
    }

    [Fact]
    public async Task English_thanks_and_goodbye_after_sending_keep_the_name()
    {
        await using var bot = new BotHarness();
        var chat = await AtTheSummaryAsync(bot, "en-US", "Brian Walsh", "new hardwood floors", "oak, holds up to kids and a dog",
            "by the end of february", "$6k-8k", "brian.walsh@gmail.com");
        await chat.SayAsync("yes");

        var reply = string.Join("\n", await chat.SayAsync("great, thanks, bye"));

        Assert.DoesNotContain("Bye", Assert.Single(await bot.AllProfilesAsync()).Name, StringComparison.Ordinal);
        Assert.DoesNotContain("name", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task English_a_call_back_asked_for_at_the_contact_question_is_arranged_and_the_summary_follows()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Claire Whitfield", "the back garden redone", "low maintenance, a patio and a little pond", "before the end of April", "about 7 thousand pounds");

        var reply = string.Join("\n", await chat.SayAsync("could someone ring me back instead? 07911 284736"));
        await chat.SayAsync("yes thats right");

        Assert.Contains(bot.English.SummaryIntro, reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Equal("+447911284736", profile.Phone);
        Assert.Equal(RequestKind.Callback, Assert.Single(profile.Requests).Kind);
    }

    [Fact]
    public async Task No_not_one_figure_but_another_corrects_it()
    {
        await using var bot = new BotHarness();
        var chat = await AtTheSummaryAsync(bot, "de-CH", "Daniela Frei", "IT-Support für unser Büro", "jemand der schnell vorbeikommt und Backups macht",
            "bis Ende Januar", "etwa 6000 Franken pro Jahr", "+41 79 514 62 03");

        await chat.SayAsync("nein, nicht 6000, eher 7000 pro jahr");

        Assert.Equal(7000m, Assert.Single(await bot.AllProfilesAsync()).Budget?.Amount);
        Assert.Equal("summary", chat.OnScreen);
    }
}

