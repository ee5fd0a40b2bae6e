using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Interview;

namespace PartnerBot.Tests.Conversations;

/// <summary>Requests heard as customers write them: a complaint about work done earlier, a call back asked for after it, the way
/// back to the interview after asking for a person, and the short words around consent and the name.</summary>
public class RequestsHeardConversationTests
{
    [Fact]
    public async Task English_a_fault_in_work_done_earlier_is_a_complaint_and_a_call_back_asked_for_is_its_own_request()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Hannah Price");

        var heard = string.Join("\n", await chat.SayAsync("you re-tiled my bathroom in october and the grout is cracking everywhere"));
        await chat.SayAsync("can someone call me back on 07712 345678? after 5pm please");

        Assert.Contains("I'm really sorry", heard);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Null(profile.Timeframe);
        Assert.Equal("+447712345678", profile.Phone);
        Assert.Equal([RequestKind.Complaint, RequestKind.Callback], profile.Requests.Select(r => r.Kind));
        Assert.Contains("grout", profile.Requests[0].Text);
        Assert.NotNull(profile.Requests[1].CallTime);
    }

    [Fact]
    public async Task German_a_heating_left_cold_after_the_service_is_a_complaint_and_the_call_back_a_request_of_its_own()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Sabine Roth");

        var heard = string.Join("\n", await chat.SayAsync("Sie haben letzte Woche unsere Heizung gewartet und seitdem ist sie kalt!!"));
        await chat.SayAsync("Bitte rufen Sie mich zurück, 0171 2345678, am besten vormittags");

        Assert.Contains("Das tut mir wirklich leid", heard);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Equal("+491712345678", profile.Phone);
        Assert.Equal([RequestKind.Complaint, RequestKind.Callback], profile.Requests.Select(r => r.Kind));
    }

    [Fact]
    public async Task A_number_given_for_a_complaint_still_belongs_to_the_complaint()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Hannah Price");

        await chat.SayAsync("you re-tiled my bathroom in october and the grout is cracking everywhere");
        await chat.SayAsync("07712 345678");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal([RequestKind.Complaint], profile.Requests.Select(r => r.Kind));
    }

    [Fact]
    public async Task Staying_in_the_chat_after_asking_for_a_person_is_no_wish()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Ben Carter");
        await chat.SayAsync("honestly id rather talk to a human");

        var reply = string.Join("\n", await chat.SayAsync("no its ok, lets just do it here"));
        await chat.SayAsync("a loft conversion, extra bedroom with ensuite");

        Assert.EndsWith(bot.English.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("a loft conversion, extra bedroom with ensuite", profile.Wish);
        Assert.Equal([RequestKind.Human], profile.Requests.Select(r => r.Kind));
    }

    [Fact]
    public async Task A_yes_pls_consents_and_pls_is_no_name()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("en-GB");
        await chat.JoinAsync();

        var reply = string.Join("\n", await chat.SayAsync("yes pls"));
        await chat.SayAsync("sarah hughes");

        Assert.EndsWith(bot.English.Questions["name"], reply);
        Assert.Equal("Sarah Hughes", Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task An_im_without_apostrophe_to_the_name_question_introduces_the_name()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");

        await chat.SayAsync("im Jake Morris, need my deck rebuilt, budget around 6k");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("Jake Morris", profile.Name);
        Assert.Equal("my deck rebuilt", profile.Wish);
    }

    [Fact]
    public async Task A_choice_between_places_the_business_serves_is_a_question_for_the_business()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAsync("Sarah Hughes");

        var reply = string.Join("\n", await chat.SayAsync("hi do you cover leeds or just manchester?"));

        Assert.EndsWith(bot.English.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        var question = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Question, question.Kind);
        Assert.Contains("leeds", question.Text);
    }
}
