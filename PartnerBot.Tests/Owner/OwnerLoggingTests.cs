using System.Net;

namespace PartnerBot.Tests.Owner;

public class OwnerLoggingTests
{
    [Fact]
    public async Task Logs_carry_no_customer_text_email_or_phone()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new OwnerAppFactory();
        const string name = "Xaver Geheimname";
        const string wish = "Geheimwunsch-Marzipantorte";
        const string email = "xaver.geheim@example.com";
        const string phone = "+4917012345678";
        const string reply = "Geheime-Antwort-an-Xaver";
        const string note = "Geheime-Notiz-zu-Xaver";
        var conversationId = "conv-log-" + Guid.NewGuid().ToString("N")[..6];
        var profile = await app.Profiles.AddAsync(name, wish, app.Time.GetUtcNow(), email: email, phone: phone,
            conversationReference: connector.ReferenceFor(conversationId), conversationId: conversationId);

        using (var stranger = app.CreateOwnerClient())
        {
            (await stranger.SignInAsync(name, email)).Dispose();
        }

        using var client = await app.SignedInAsync();
        Assert.Contains(name, await client.GetPageAsync($"/owner?q={Uri.EscapeDataString(name)}"));
        var page = await client.GetPageAsync($"/owner/profiles/{profile.Id}");
        (await client.PostFormAsync($"/owner/profiles/{profile.Id}?handler=Note", new Dictionary<string, string> { ["Text"] = note }, OwnerClient.TokenIn(page))).Dispose();
        (await client.PostFormAsync($"/owner/profiles/{profile.Id}?handler=Reply", new Dictionary<string, string> { ["Text"] = reply }, OwnerClient.TokenIn(page))).Dispose();
        Assert.Single(connector.Posts);
        connector.StatusCode = 500;
        (await client.PostFormAsync($"/owner/profiles/{profile.Id}?handler=Reply", new Dictionary<string, string> { ["Text"] = reply }, OwnerClient.TokenIn(page))).Dispose();
        (await client.GetAsync("/owner/export?format=csv")).Dispose();
        using var erased = await client.PostFormAsync($"/owner/profiles/{profile.Id}/delete", new Dictionary<string, string>(), OwnerClient.TokenIn(page));
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        Assert.Contains(app.Logs.Lines, l => l.Contains(profile.Id, StringComparison.Ordinal));
        foreach (var secret in new[] { "Xaver", "Geheim", "Marzipan", email, phone, "17012345678" })
        {
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
