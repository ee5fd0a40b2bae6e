using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Interview.Listening;
using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>A wish for a person or a call back is served at once, in every phase; a complaint gets empathy first and no sales questions.</summary>
public class PersonAndComplaintTests
{
    [Fact]
    public async Task A_wish_for_a_person_gets_the_contact_and_a_call_back_that_asks_only_for_the_number_and_a_time()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();

        var reply = Assert.Single(await chat.SayAsync("Kann ich mit einem Menschen sprechen?"));
        Assert.Equal("Sehr gern! Sie erreichen Bäckerei Sonnenschein direkt unter 030 1234567. "
            + "Wenn Sie möchten, ruft Bäckerei Sonnenschein Sie auch zurück: Unter welcher Nummer erreichen wir Sie, und wann passt es Ihnen am besten?", reply);
        Assert.DoesNotContain(bot.German.Retries["name"], reply);

        // The rest of the interview is offered, not forced.
        var arranged = Assert.Single(await chat.SayAsync("0171 2345678, am besten morgen Vormittag"));
        Assert.Equal("Danke, ist notiert – Bäckerei Sonnenschein ruft Sie zurück. " + bot.German.OfferInterview + " " + bot.German.Questions["name"], arranged);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("+491712345678", profile.Phone);
        Assert.Null(profile.Name);
        Assert.Null(profile.Timeframe);
        Assert.Equal(
            [(RequestKind.Callback, "Kann ich mit einem Menschen sprechen? – 0171 2345678, am besten morgen Vormittag")],
            profile.Requests.Select(r => (r.Kind, r.Text)));
    }

    [Fact]
    public async Task A_call_back_wish_with_a_known_number_asks_only_for_a_good_time()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website", "mehr Zeit für Kunden", "im Sommer", "3000 Euro", "0171 2345678");

        var reply = string.Join("\n", await chat.SayAsync("Ich will nicht mit einem Bot reden, bitte rufen Sie mich zurück"));

        Assert.Contains("ruft Bäckerei Sonnenschein Sie unter +49 171 2345678 zurück – wann passt es Ihnen am besten?", reply);
        Assert.DoesNotContain("Unter welcher Nummer", reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("eine neue Website", profile.Wish);
        Assert.Equal(RequestKind.Human, Assert.Single(profile.Requests).Kind);
    }

    [Fact]
    public async Task Before_consent_a_call_back_wish_gets_the_contact_and_only_asks_whether_the_number_may_be_noted()
    {
        await using var bot = ListeningHarness.Create();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var replies = await chat.SayAsync("Ich will nicht mit einem Bot reden, bitte rufen Sie mich zurück");
        Assert.Equal(2, replies.Count);
        Assert.Equal("Sehr gern! Sie erreichen Bäckerei Sonnenschein direkt unter 030 1234567.", replies[0]);
        Assert.StartsWith("Damit Bäckerei Sonnenschein Sie zurückrufen kann, müsste ich mir Ihre Nummer notieren", replies[1]);
        Assert.Equal(["Ja, gern", "Nein, danke"], chat.LastChoices);
        Assert.Empty(await bot.AllProfilesAsync());

        Assert.Contains("Unter welcher Nummer erreichen wir Sie", Assert.Single(await chat.SayAsync("Ja, gern")));
        await chat.SayAsync("0171 2345678");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal([(RequestKind.Callback, "0171 2345678")], profile.Requests.Select(r => (r.Kind, r.Text)));
        Assert.Equal("+491712345678", profile.Phone);
    }

    [Fact]
    public async Task A_complaint_gets_empathy_first_the_contact_and_no_sales_questions()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine Hochzeitstorte", "eine schöne Feier");

        var reply = Assert.Single(await chat.SayAsync("Meine Bestellung 4711 ist immer noch nicht da!!!"));

        Assert.StartsWith("Das tut mir wirklich leid – das ist ärgerlich.", reply);
        Assert.Contains("030 1234567", reply);
        Assert.DoesNotContain(bot.German.Questions["timeframe"], reply);
        Assert.DoesNotContain("Notiert", reply);
        var after = Assert.Single(await chat.SayAsync("0171 2345678"));
        Assert.DoesNotContain(bot.German.Questions["timeframe"], after);
        Assert.DoesNotContain(bot.German.Questions["budget"], after);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Timeframe);
        Assert.Null(profile.Budget);
        // The number belongs to the complaint: one request, which the owner reads as one thing to do.
        var complaint = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Complaint, complaint.Kind);
        Assert.Equal("Meine Bestellung 4711 ist immer noch nicht da!!! – 0171 2345678", complaint.Text);
    }

    [Fact]
    public async Task When_a_person_can_take_over_live_the_desk_is_asked_and_the_customer_told()
    {
        var desk = new LiveDesk();
        await using var bot = new BotHarness(services => services.AddSingleton<IHandoffDesk>(desk));
        var chat = await bot.ConsentedChatAsync();

        Assert.Equal(bot.German.HumanLive, Assert.Single(await chat.SayAsync("Kann ich mit einem Menschen sprechen?")));

        Assert.Equal([RequestKind.Human], desk.Asked);
        Assert.Equal(RequestKind.Human, Assert.Single(Assert.Single(await bot.AllProfilesAsync()).Requests).Kind);
    }

    [Fact]
    public async Task English_a_person_a_call_back_and_a_complaint()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-US");

        var person = Assert.Single(await chat.SayAsync("Can I talk to a real person?"));
        Assert.StartsWith("Of course! You can reach Bäckerei Sonnenschein directly at 030 1234567.", person);
        Assert.Contains("what number can we reach you on", person);
        Assert.Contains(bot.English.Questions["name"], Assert.Single(await chat.SayAsync("No thanks")));

        var complaint = Assert.Single(await chat.SayAsync("My order still hasn't arrived!"));
        Assert.StartsWith("I'm really sorry – that's annoying.", complaint);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal([RequestKind.Human, RequestKind.Complaint], profile.Requests.Select(r => r.Kind));
        Assert.Null(profile.Name);
    }

    private sealed class LiveDesk : IHandoffDesk
    {
        public List<string> Asked { get; } = [];

        public Task<bool> IsLiveAsync(ITurnContext context, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task RequestAsync(ITurnContext context, string kind, CancellationToken cancellationToken)
        {
            Asked.Add(kind);
            return Task.CompletedTask;
        }
    }
}
