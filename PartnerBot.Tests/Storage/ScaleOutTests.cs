using System.Net.Http.Json;
using System.Text.Json;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Storage;

/// <summary>Two PartnerBot processes sharing one PostgreSQL, as two instances behind a load balancer.</summary>
public sealed class ScaleOutTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private const string OwnerKey = "scale-out-owner-key";

    private static readonly string[] Interview =
        ["ja", "Anna Schmidt", "eine neue Website für meine Bäckerei", "mehr Zeit für meine Familie", "bis Ende März", "ca. 5.000 €", "anna@example.com", "ja"];

    [Fact]
    public async Task Fifty_customers_alternating_between_two_instances_complete_with_nothing_lost_or_doubled()
    {
        var (first, second) = await StartTwoAsync();
        await using var a = first;
        await using var b = second;
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        using var owner = b.CreateClient(OwnerKey);

        using var gate = new SemaphoreSlim(10);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(async customer =>
        {
            await gate.WaitAsync();
            try
            {
                var chats = new[] { new HttpChat(clientA, "de-DE", $"scale-{customer}", $"scale-conv-{customer}"), new HttpChat(clientB, "de-DE", $"scale-{customer}", $"scale-conv-{customer}") };
                Assert.Equal(2, (await chats[customer % 2].JoinAsync()).Count);
                for (var turn = 0; turn < Interview.Length; turn++)
                {
                    Assert.NotEmpty(await chats[(customer + turn + 1) % 2].SayAsync(Interview[turn]));
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        var page = await owner.GetFromJsonAsync<JsonElement>("/api/owner/profiles?take=200");
        var profiles = page.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("userId").GetString()!.StartsWith("scale-", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, profiles.Count);
        Assert.All(profiles, p =>
        {
            Assert.True(p.GetProperty("completed").GetBoolean());
            var slots = p.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("slot").GetString()).ToList();
            Assert.Equal(["name", "wish", "vision", "timeframe", "budget", "email"], slots);
        });
    }

    [Fact]
    public async Task Twenty_concurrent_turns_of_one_conversation_through_both_instances_keep_every_answer()
    {
        var (first, second) = await StartTwoAsync();
        await using var a = first;
        await using var b = second;
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        using var owner = a.CreateClient(OwnerKey);
        var chatA = new HttpChat(clientA, "de-DE", "burst-user", "burst-conv");
        var chatB = new HttpChat(clientB, "de-DE", "burst-user", "burst-conv");
        await chatA.JoinAsync();
        await chatB.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit", "im Sommer", "3000 Euro");

        var burst = Enumerable.Range(0, 20).Select(i => chatA.Activity("message", $"kunde{i}@example.com")).ToList();
        await Task.WhenAll(burst.Select((activity, i) => (i % 2 == 0 ? chatA : chatB).PostAsync(activity)));

        // The channel re-delivers the whole burst through the other instance: every turn was remembered, so nothing is added.
        var again = await Task.WhenAll(burst.Select((activity, i) => (i % 2 == 0 ? chatB : chatA).PostAsync(activity)));
        Assert.True(again.Count(replies => replies.Count > 0) <= 1, "only the last turn's replies may be replayed; no turn may run twice");

        var page = await owner.GetFromJsonAsync<JsonElement>("/api/owner/profiles?q=Anna");
        var profile = Assert.Single(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("userId").GetString() == "burst-user");
        var emails = profile.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("slot").GetString() == "email")
            .Select(e => e.GetProperty("value").GetString() ?? "")
            .Order()
            .ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"kunde{i}@example.com").Order(), emails);
        Assert.Contains("Herzlichen Dank", string.Join(" ", await chatA.SayAsync("ja")));
    }

    private async Task<(BotProcess, BotProcess)> StartTwoAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__PartnerBot"] = await database.ConnectionStringAsync(),
            ["Owner__ApiKey"] = OwnerKey,
        };
        var first = BotProcess.StartAsync(settings);
        var second = BotProcess.StartAsync(settings);
        return (await first, await second);
    }
}
