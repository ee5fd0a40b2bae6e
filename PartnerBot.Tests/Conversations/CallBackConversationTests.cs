using PartnerBot.Profiles;
using PartnerBot.Tests.Interview;

namespace PartnerBot.Tests.Conversations;

/// <summary>A call back the bot offered: the time the customer gives in words answers it (it is no wish, no vision), and the details
/// belong to the request they complete, so a wish for a call back stays one request.</summary>
public class CallBackConversationTests
{
    [Fact]
    public async Task A_time_of_day_answers_the_call_back_question_and_is_not_taken_as_the_wish()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Maria Huber");

        Assert.Contains("wann passt es Ihnen am besten?", string.Join("\n", await chat.SayAsync("Können Sie mich zurückrufen? 0676 9876543")));
        var arranged = string.Join("\n", await chat.SayAsync("am Vormittag bitte"));

        Assert.Contains("Danke, ist notiert – Bäckerei Sonnenschein ruft Sie zurück.", arranged);
        Assert.EndsWith(bot.German.Questions["wish"], arranged);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        var request = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Callback, request.Kind);
        Assert.EndsWith("am Vormittag bitte", request.Text);
    }

    [Fact]
    public async Task English_an_evening_answers_the_call_back_question_and_is_not_taken_as_the_vision()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Dave Wilson", "kitchen refit");

        await chat.SayAsync("could someone just call me back? 07911 123456");
        var arranged = string.Join("\n", await chat.SayAsync("evenings after 6 are best"));

        Assert.Contains("Bäckerei Sonnenschein will call you back", arranged);
        Assert.EndsWith(bot.English.Questions["vision"], arranged);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Vision);
        Assert.Equal("kitchen refit", profile.Wish);
        Assert.Equal([RequestKind.Callback], profile.Requests.Select(r => r.Kind));
    }

    [Fact]
    public async Task Not_wanting_a_bot_and_a_call_back_with_its_time_is_one_call_back_request()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Monika Fischer");

        await chat.SayAsync("Ich will eigentlich nicht mit einem Bot reden, bitte rufen Sie mich zurück: 0151 23456789");
        await chat.SayAsync("am liebsten morgen vormittag");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("+4915123456789", profile.Phone);
        var request = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Callback, request.Kind);
        Assert.Equal("Ich will eigentlich nicht mit einem Bot reden, bitte rufen Sie mich zurück: 0151 23456789 – am liebsten morgen vormittag", request.Text);
    }

    [Fact]
    public async Task English_a_complaint_and_the_number_given_for_it_are_one_complaint()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Mrs. Carol Jones");

        await chat.SayAsync("My order #58213 still hasn't arrived and nobody answers my emails!!");
        var after = string.Join("\n", await chat.SayAsync("my number is (312) 847-2913"));

        Assert.DoesNotContain(bot.English.Questions["wish"], after);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("+13128472913", profile.Phone);
        var complaint = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Complaint, complaint.Kind);
        Assert.StartsWith("My order #58213", complaint.Text);
    }

    [Fact]
    public async Task An_answer_to_the_interview_while_the_call_back_time_is_asked_goes_to_its_question()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Maria Huber");
        await chat.SayAsync("Können Sie mich zurückrufen? 0676 9876543");

        await chat.SayAsync("eine neue Website für meine Gärtnerei");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("eine neue Website für meine Gärtnerei", profile.Wish);
        Assert.Equal("Können Sie mich zurückrufen? 0676 9876543", Assert.Single(profile.Requests).Text);
    }
}
