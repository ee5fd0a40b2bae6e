using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Dashboard;

namespace PartnerBot.Tests.Owner;

public class CustomerReplyTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    [Fact]
    public async Task The_owners_reply_reaches_the_customers_conversation_through_the_adapter()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N")[..8];
        var profile = await factory.Profiles.AddAsync(
            "Rita Antwort", "Apfelstrudel", factory.Time.GetUtcNow(), conversationReference: connector.ReferenceFor(conversationId), conversationId: conversationId);

        using var client = await factory.SignedInAsync();
        var token = await client.TokenAsync($"/owner/profiles/{profile.Id}");
        using var sent = await client.PostFormAsync(
            $"/owner/profiles/{profile.Id}?handler=Reply", new Dictionary<string, string> { ["Text"] = "Liebe Rita, der Strudel ist Freitag fertig!" }, token);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("done=reply", sent.Headers.Location!.OriginalString);
        Assert.DoesNotContain("reply-failed", sent.Headers.Location!.OriginalString);

        var (path, body) = Assert.Single(connector.Posts);
        Assert.Equal($"/v3/conversations/{conversationId}/activities", path);
        using var activity = JsonDocument.Parse(body);
        Assert.Equal("message", activity.RootElement.GetProperty("type").GetString());
        Assert.Equal("Liebe Rita, der Strudel ist Freitag fertig!", activity.RootElement.GetProperty("text").GetString());
        Assert.Equal("customer-1", activity.RootElement.GetProperty("recipient").GetProperty("id").GetString());

        var notes = await factory.Services.GetRequiredService<OwnerNotesStore>().GetAsync(profile.Id, CancellationToken.None);
        Assert.True(Assert.Single(notes).IsReply);
    }

    [Fact]
    public async Task When_the_channel_refuses_the_owner_is_told_and_the_customer_gets_no_apology()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.StatusCode = 403;
        var conversationId = "conv-" + Guid.NewGuid().ToString("N")[..8];
        var profile = await factory.Profiles.AddAsync(
            "Ute Abgelehnt", "Brot", factory.Time.GetUtcNow(), conversationReference: connector.ReferenceFor(conversationId), conversationId: conversationId);
        using var client = await factory.SignedInAsync();
        var token = await client.TokenAsync($"/owner/profiles/{profile.Id}");
        using var sent = await client.PostFormAsync(
            $"/owner/profiles/{profile.Id}?handler=Reply", new Dictionary<string, string> { ["Text"] = "Hallo Ute" }, token);
        Assert.Contains("done=reply-failed", sent.Headers.Location!.OriginalString);
        Assert.All(connector.Posts, p => Assert.Contains("Hallo Ute", p.Body));
        Assert.Empty(await factory.Services.GetRequiredService<OwnerNotesStore>().GetAsync(profile.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_conversation_reference_the_owner_is_told_it_did_not_go_out()
    {
        var profile = await factory.Profiles.AddAsync("Sven Ohne", "Brot", factory.Time.GetUtcNow());
        using var client = await factory.SignedInAsync();
        var html = await client.GetPageAsync($"/owner/profiles/{profile.Id}");
        Assert.DoesNotContain("handler=Reply", html);
        using var sent = await client.PostFormAsync(
            $"/owner/profiles/{profile.Id}?handler=Reply", new Dictionary<string, string> { ["Text"] = "Hallo" }, OwnerClient.TokenIn(html));
        Assert.Contains("done=reply-failed", sent.Headers.Location!.OriginalString);
        Assert.Empty(await factory.Services.GetRequiredService<OwnerNotesStore>().GetAsync(profile.Id, CancellationToken.None));
    }
}
