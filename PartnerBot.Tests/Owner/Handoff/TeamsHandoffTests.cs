using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Handoff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The handoff in Teams: the customer's turns come through <c>/api/messages</c>, the staff member's lines go out as proactive
/// messages through the channel's Connector (a stand-in on loopback), with the stored conversation reference.</summary>
public sealed class TeamsHandoffTests
{
    private static readonly HandoffHolder Schulz = new("s-schulz", "Frau Schulz");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task In_Teams_the_staff_members_lines_reach_the_customer_through_the_connector_and_the_customers_lines_reach_the_dashboard()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>());
        await app.Services.GetRequiredService<IHandoffStore>().TouchPresenceAsync(Schulz.Id, app.Time.GetUtcNow().AddDays(3), Cancel);
        using var http = app.CreateClient();
        var conversationId = "teams-" + Guid.NewGuid().ToString("N")[..10];
        var sent = 0;
        async Task<IReadOnlyList<string>> SayAsync(string text)
        {
            var before = connector.Posts.Count;
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = "m" + ++sent,
                ["channelId"] = "msteams",
                ["serviceUrl"] = connector.BaseUrl,
                ["from"] = new JsonObject { ["id"] = "29:anna", ["name"] = "Anna Schmidt" },
                ["recipient"] = new JsonObject { ["id"] = "28:partnerbot", ["name"] = "PartnerBot" },
                ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
                ["locale"] = "de-DE",
                ["text"] = text,
            };
            using var response = await http.PostAsJsonAsync("/api/messages", activity, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
            return [.. connector.Posts.Skip(before).Select(p => Text(p.Body))];
        }

        await SayAsync("Hallo");
        await SayAsync("ja");
        Assert.Contains(await SayAsync("Ich möchte bitte mit einem Menschen sprechen"), t => t.Contains("Ich gebe Bescheid", StringComparison.Ordinal));

        var chat = Assert.Single(await app.Services.GetRequiredService<IHandoffStore>().OpenAsync(Cancel));
        Assert.Equal(("msteams", conversationId, HandoffStatus.Waiting), (chat.ChannelId, chat.ConversationId, chat.Status));
        using var feed = app.Services.GetRequiredService<HandoffHub>().Subscribe(Schulz.Id, chat.Id);
        var desk = app.Services.GetRequiredService<HandoffDesk>();

        var before = connector.Posts.Count;
        Assert.Equal(HandoffChange.Done, await desk.TakeOverAsync(chat.Id, Schulz, Cancel));
        Assert.Equal(HandoffChange.Done, await desk.SendAsync(chat.Id, Schulz, "Guten Tag, was kann ich für Sie tun?", Cancel));
        var proactive = connector.Posts.Skip(before).ToList();

        // Teams shows the bot's name on every message, so the staff member's line says who writes.
        Assert.Equal(
            ["Frau Schulz von Bäckerei Sonnenschein ist jetzt für Sie da.", "Frau Schulz: Guten Tag, was kann ich für Sie tun?"],
            proactive.Select(p => Text(p.Body)));

        // New messages in the conversation (not replies to an activity), to the customer's account.
        Assert.All(proactive, p => Assert.Equal($"/v3/conversations/{conversationId}/activities", p.Path));
        Assert.All(proactive, p => Assert.Equal("29:anna", JsonDocument.Parse(p.Body).RootElement.GetProperty("recipient").GetProperty("id").GetString()));

        // Held: the customer's line goes to the staff member, and the bot sends nothing into Teams.
        Assert.Empty(await SayAsync("Haben Sie am Samstag offen?"));
        HandoffEvent line;
        do
        {
            line = await feed.Events.Reader.ReadAsync(Cancel);
        }
        while (line.Kind != HandoffEvent.Message || line.Who != HandoffEvent.Customer);
        Assert.Equal("Haben Sie am Samstag offen?", line.Text);

        before = connector.Posts.Count;
        Assert.Equal(HandoffChange.Done, await desk.HandBackAsync(chat.Id, Schulz, Cancel));
        Assert.StartsWith("Ich bin wieder für Sie da", string.Join(" ", connector.Posts.Skip(before).Select(p => Text(p.Body))), StringComparison.Ordinal);
        Assert.NotEmpty(await SayAsync("eine neue Website für meine Bäckerei"));
    }

    private static string Text(string body) =>
        JsonDocument.Parse(body).RootElement.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
}
