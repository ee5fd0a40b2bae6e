using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Handoff;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>A customer who asks for a person when nobody can come (closed, or nobody took over in time) is told honestly when
/// someone is back and asked when a call back suits; the answer is a call back request with that time, on the owner's page too.</summary>
public sealed class OutsideHoursCallbackTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_a_saturday_the_customer_hears_that_someone_is_back_on_monday_and_the_call_back_time_is_recorded()
    {
        await using var app = App();
        app.Time.Advance(TimeSpan.FromDays(1)); // Saturday 10:00 in Berlin: closed until Monday 9:00
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await app.Services.GetRequiredService<IHandoffStore>().TouchPresenceAsync("s-schulz", app.Time.GetUtcNow().AddDays(3), Cancel);
        await customer.SayAsync("ja");
        await customer.SayAsync("Anna Schmidt");

        var reply = string.Join(" ", await customer.SayAsync("Ich möchte bitte mit einem Menschen sprechen"));
        Assert.StartsWith("Sehr gern! Gerade ist bei Bäckerei Sonnenschein niemand erreichbar. Am Montag ab 9:00 Uhr ist wieder jemand für Sie da.", reply, StringComparison.Ordinal);
        Assert.Contains("wann passt es Ihnen am besten?", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Ich gebe Bescheid", reply, StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IHandoffStore>().OpenAsync(Cancel));

        Assert.Contains("ruft Sie zurück", string.Join(" ", await customer.SayAsync("0171 2345678, am liebsten Dienstag 10 Uhr")), StringComparison.Ordinal);

        var profile = await OnlyProfileAsync(app);
        // One request per wish: the wish for a person became the call back, with its details.
        var callback = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Callback, callback.Kind);
        Assert.Equal("Ich möchte bitte mit einem Menschen sprechen – 0171 2345678, am liebsten Dienstag 10 Uhr", callback.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), callback.CallTime?.From);
        Assert.Equal(callback.CallTime?.From, callback.CallTime?.To);
        Assert.Equal(new DateOnly(2026, 11, 24), callback.CallTime?.Date);

        using var owner = await app.SignedInAsync();
        var page = await owner.GetPageAsync($"/owner/profiles/{profile.Id}");
        var shown = System.Text.RegularExpressions.Regex.Match(page, "<span class=\"call-time\">([^<]*)</span>");
        Assert.Equal("Wunschzeit: Dienstag, 24.11., 10:00", System.Net.WebUtility.HtmlDecode(shown.Groups[1].Value));

        // The inbox shows it beside the request too.
        var inbox = await owner.GetPageAsync("/owner");
        var listed = System.Text.RegularExpressions.Regex.Match(inbox, "<small class=\"call-time\">([^<]*)</small>");
        Assert.Equal("Wunschzeit: Dienstag, 24.11., 10:00", System.Net.WebUtility.HtmlDecode(listed.Groups[1].Value));
    }

    [Fact]
    public async Task A_customer_who_gives_no_time_or_declines_is_recorded_as_such()
    {
        await using var app = App();
        app.Time.Advance(TimeSpan.FromDays(1));
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await customer.SayAsync("ja");
        await customer.SayAsync("mit einem Mitarbeiter bitte");
        await customer.SayAsync("0171 2345678");

        await using var declining = await WebsiteCustomer.StartAsync(app);
        await declining.SayAsync("ja");
        await declining.SayAsync("mit einem Mitarbeiter bitte");
        Assert.Contains("jederzeit unter", string.Join(" ", await declining.SayAsync("nein danke")), StringComparison.Ordinal);

        var profiles = await ProfilesAsync(app);
        var noTime = Assert.Single(profiles, p => p.Phone is not null).Requests;
        Assert.Equal([RequestKind.Callback], noTime.Select(r => r.Kind));
        Assert.True(noTime[0].CallTime?.Open);
        var declined = Assert.Single(Assert.Single(profiles, p => p.Phone is null).Requests);
        Assert.True(declined.Declined);
    }

    [Fact]
    public async Task When_nobody_takes_over_in_time_the_call_back_offer_records_when_it_suits()
    {
        await using var app = App();
        await using var customer = await WebsiteCustomer.StartAsync(app);
        await app.Services.GetRequiredService<IHandoffStore>().TouchPresenceAsync("s-schulz", app.Time.GetUtcNow().AddDays(3), Cancel);
        await customer.SayAsync("ja");
        Assert.Contains("Ich gebe Bescheid", string.Join(" ", await customer.SayAsync("Ich will mit einem echten Menschen reden")), StringComparison.Ordinal);

        // The timeout's own timer may be the one that gives the chat back: either way the offer arrives once.
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await app.Services.GetRequiredService<HandoffDesk>().ExpireDueAsync(Cancel);
        IReadOnlyList<string?> offer = [];
        for (var poll = 0; poll < 200 && offer.Count == 0; poll++)
        {
            offer = await customer.NewAsync();
        }

        Assert.Equal(
            "Es tut mir leid – gerade kann bei Bäckerei Sonnenschein niemand persönlich antworten. Möchten Sie einen Rückruf? Schreiben Sie mir Ihre Telefonnummer und wann es Ihnen passt.",
            Assert.Single(offer));

        Assert.Contains("ruft Sie zurück", string.Join(" ", await customer.SayAsync("0171 2345678, morgen vormittag")), StringComparison.Ordinal);
        var profile = await OnlyProfileAsync(app);
        Assert.Equal("+491712345678", profile.Phone);
        var callback = profile.Requests[^1];
        Assert.Equal((RequestKind.Callback, "Ich will mit einem echten Menschen reden – 0171 2345678, morgen vormittag"), (callback.Kind, callback.Text));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), callback.CallTime?.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), callback.CallTime?.To);
    }

    private static OwnerAppFactory App() => OwnerAppFactory.With(new Dictionary<string, string?>
    {
        ["WebChat:TokenSigningKey"] = "test-signing-key-that-is-long-enough-0123456789",
    });

    private static async Task<PartnerProfile> OnlyProfileAsync(OwnerAppFactory app) => Assert.Single(await ProfilesAsync(app));

    private static async Task<List<PartnerProfile>> ProfilesAsync(OwnerAppFactory app)
    {
        var page = await app.Profiles.QueryAsync(new ProfileQuery { Take = 10 }, Cancel);
        var profiles = new List<PartnerProfile>();
        foreach (var item in page.Items)
        {
            profiles.Add((await app.Profiles.GetAsync(item.Id, Cancel))!);
        }

        return profiles;
    }
}
