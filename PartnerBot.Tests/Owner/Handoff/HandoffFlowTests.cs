using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Handoff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The handoff on the website chat with the real bot and a fake clock: waiting, one holder, silence while held, hand back, timeout.</summary>
public sealed class HandoffFlowTests
{
    private static readonly HandoffHolder Schulz = new("s-schulz", "Frau Schulz");
    private static readonly HandoffHolder Meier = new("s-meier", "Herr Meier");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staff_member_takes_over_the_bot_is_silent_lines_go_both_ways_and_after_the_hand_back_the_interview_goes_on()
    {
        await using var app = App();
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await StaffOnlineAsync(app);
        await customer.SayAsync("ja");
        await customer.SayAsync("Anna Schmidt");
        Assert.Contains("Ich gebe Bescheid", Join(await customer.SayAsync("Ich möchte bitte mit einem Menschen sprechen")));

        var desk = app.Services.GetRequiredService<HandoffDesk>();
        var chat = Assert.Single(await app.Services.GetRequiredService<IHandoffStore>().OpenAsync(Cancel));
        Assert.Equal(HandoffStatus.Waiting, chat.Status);
        Assert.Equal("Anna Schmidt", chat.CustomerName);
        using var feed = app.Services.GetRequiredService<HandoffHub>().Subscribe(Schulz.Id, chat.Id);

        Assert.Equal(HandoffChange.Done, await desk.TakeOverAsync(chat.Id, Schulz, Cancel));
        Assert.Equal(HandoffChange.Conflict, await desk.TakeOverAsync(chat.Id, Meier, Cancel));
        Assert.Equal("Frau Schulz von Bäckerei Sonnenschein ist jetzt für Sie da.", Join(await customer.NewAsync()));

        // Held: the customer's typing and lines reach the live view, and the bot says nothing.
        await customer.TypesAsync();
        Assert.Equal(HandoffEvent.Customer, (await NextAsync(feed, e => e.Kind == HandoffEvent.Typing)).Who);
        Assert.Empty(await customer.SayAsync("Hallo Frau Schulz, haben Sie am Samstag offen?"));
        var line = await NextAsync(feed, e => e.Kind == HandoffEvent.Message && e.Who == HandoffEvent.Customer);
        Assert.Equal((HandoffEvent.Customer, "Hallo Frau Schulz, haben Sie am Samstag offen?"), (line.Who, line.Text));

        Assert.Equal(HandoffChange.Done, await desk.SendAsync(chat.Id, Schulz, "Ja, von 8 bis 12 Uhr.", Cancel));
        Assert.Equal(HandoffChange.Conflict, await desk.SendAsync(chat.Id, Meier, "Ich bin nicht dran.", Cancel));
        var staffLine = Assert.Single(await customer.NewActivitiesAsync());
        Assert.Equal(("Ja, von 8 bis 12 Uhr.", "Frau Schulz"), ((string?)staffLine["text"], (string?)staffLine["from"]?["name"]));

        Assert.Equal(HandoffChange.Conflict, await desk.HandBackAsync(chat.Id, Meier, Cancel));
        Assert.Equal(HandoffChange.Done, await desk.HandBackAsync(chat.Id, Schulz, Cancel));
        var back = Join(await customer.NewAsync());
        Assert.StartsWith("Ich bin wieder für Sie da", back, StringComparison.Ordinal);
        Assert.Contains("?", back[back.IndexOf('!', StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.NotEmpty(await customer.SayAsync("eine neue Website für meine Bäckerei"));
        Assert.Equal(HandoffStatus.Bot, (await app.Services.GetRequiredService<IHandoffStore>().GetAsync(chat.Id, Cancel))!.Status);

        // The owner's transcript shows who wrote each line.
        var transcript = await app.Services.GetRequiredService<TranscriptReader>().ReadAsync(chat.ChannelId, chat.ConversationId, Cancel);
        Assert.Contains(transcript, l => l.Text == "Ja, von 8 bis 12 Uhr." && l.Name == "Frau Schulz");
        Assert.Contains(transcript, l => l.Text == "Hallo Frau Schulz, haben Sie am Samstag offen?" && !l.FromBot);
    }

    [Fact]
    public async Task Nobody_taking_over_within_the_timeout_gives_the_chat_back_to_the_bot_with_one_apology_and_a_callback_offer()
    {
        await using var app = App();
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await StaffOnlineAsync(app);
        await customer.SayAsync("ja");
        await customer.SayAsync("Ich will mit einem echten Menschen reden");
        var store = app.Services.GetRequiredService<IHandoffStore>();
        var desk = app.Services.GetRequiredService<HandoffDesk>();
        var chat = Assert.Single(await store.OpenAsync(Cancel));

        app.Time.Advance(TimeSpan.FromMinutes(4));
        await desk.ExpireDueAsync(Cancel);
        Assert.Equal(HandoffStatus.Waiting, (await store.GetAsync(chat.Id, Cancel))!.Status);

        app.Time.Advance(TimeSpan.FromMinutes(1.5));
        await desk.ExpireDueAsync(Cancel);
        await desk.ExpireDueAsync(Cancel);
        Assert.Equal(HandoffStatus.Bot, (await store.GetAsync(chat.Id, Cancel))!.Status);
        var apology = Assert.Single(await customer.NewAsync());
        Assert.Contains("Rückruf", apology, StringComparison.Ordinal);
        Assert.Equal(HandoffChange.Conflict, await desk.TakeOverAsync(chat.Id, Schulz, Cancel));
    }

    [Fact]
    public async Task With_nobody_online_the_wish_for_a_person_does_not_queue()
    {
        await using var app = App();
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await customer.SayAsync("ja");
        Assert.DoesNotContain("Ich gebe Bescheid", Join(await customer.SayAsync("Ich möchte mit einem Menschen sprechen")));
        Assert.Empty(await app.Services.GetRequiredService<IHandoffStore>().OpenAsync(Cancel));
    }

    [Fact]
    public async Task Outside_opening_hours_the_wish_for_a_person_does_not_queue_even_with_staff_online()
    {
        await using var app = App();
        app.Time.Advance(TimeSpan.FromDays(1)); // Saturday: closed by default
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await StaffOnlineAsync(app);
        await customer.SayAsync("ja");
        Assert.DoesNotContain("Ich gebe Bescheid", Join(await customer.SayAsync("mit einem Mitarbeiter bitte")));
        Assert.Empty(await app.Services.GetRequiredService<IHandoffStore>().OpenAsync(Cancel));
    }

    private static OwnerAppFactory App() => OwnerAppFactory.With(new Dictionary<string, string?>
    {
        ["WebChat:TokenSigningKey"] = "test-signing-key-that-is-long-enough-0123456789",
    });

    private static async Task StaffOnlineAsync(OwnerAppFactory app) =>
        await app.Services.GetRequiredService<IHandoffStore>().TouchPresenceAsync(Schulz.Id, app.Time.GetUtcNow().AddDays(3), Cancel);

    private static string Join(IEnumerable<string?> texts) => string.Join(" ", texts);

    private static async Task<HandoffEvent> NextAsync(HandoffHub.Subscriber feed, Func<HandoffEvent, bool> wanted)
    {
        while (true)
        {
            var next = await feed.Events.Reader.ReadAsync(Cancel);
            if (wanted(next))
            {
                return next;
            }
        }
    }
}
