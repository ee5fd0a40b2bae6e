using System.Net.Http.Json;
using System.Text.Json;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Storage;

/// <summary>PartnerBot on its embedded SQLite file, stopped and started again, or killed mid-load.</summary>
public sealed class RestartTests : IDisposable
{
    private const string OwnerKey = "restart-owner-key";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("partnerbot-restart-");

    private Dictionary<string, string> Settings => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["ConnectionStrings__PartnerBot"] = $"Data Source={Path.Combine(_data.FullName, "data", "partnerbot.db")}",
        ["Owner__ApiKey"] = OwnerKey,
    };

    [Fact]
    public async Task A_customer_half_way_through_continues_after_a_restart_and_is_welcomed_back_by_name()
    {
        await using (var before = await BotProcess.StartAsync(Settings))
        {
            using var client = before.CreateClient();
            var chat = new HttpChat(client, "de-DE", "anna", "conv-before");
            await chat.JoinAsync();
            await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website");
            await before.StopAsync();
        }

        await using var after = await BotProcess.StartAsync(Settings);
        using var again = after.CreateClient();
        var same = new HttpChat(again, "de-DE", "anna", "conv-before");
        Assert.Contains("Bis wann", string.Join(" ", await same.SayAsync("mehr Zeit für meine Familie")));

        var next = new HttpChat(again, "de-DE", "anna", "conv-after");
        var welcome = await next.JoinAsync();
        Assert.Contains("Willkommen zurück, Anna Schmidt!", welcome[0]);
    }

    [Fact]
    public async Task Every_answered_turn_is_in_the_store_after_a_kill_during_load()
    {
        string[] interview = ["ja", "Anna Schmidt", "eine neue Website", "mehr Zeit", "im Sommer", "3000 Euro", "anna@example.com", "ja"];
        var answered = new int[12];
        var total = 0;
        var enoughAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var victim = await BotProcess.StartAsync(Settings))
        {
            using var client = victim.CreateClient();
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, answered.Length).Select(async customer =>
            {
                var chat = new HttpChat(client, "de-DE", $"crash-{customer}", $"crash-conv-{customer}");
                try
                {
                    await chat.JoinAsync();
                    for (var turn = 0; turn < interview.Length && !stop.IsCancellationRequested; turn++)
                    {
                        await chat.SayAsync(interview[turn]);
                        Interlocked.Exchange(ref answered[customer], turn + 1);
                        if (Interlocked.Increment(ref total) == 30)
                        {
                            enoughAnswered.TrySetResult();
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Xunit.Sdk.XunitException)
                {
                    // The process was killed under this turn: it was never answered.
                }
            }).ToList();

            await Task.WhenAny(enoughAnswered.Task, Task.WhenAll(load));

            stop.Cancel();
            await victim.KillAsync();
            await Task.WhenAll(load);
        }

        await using var restarted = await BotProcess.StartAsync(Settings);
        using var owner = restarted.CreateClient(OwnerKey);
        var page = await owner.GetFromJsonAsync<JsonElement>("/api/owner/profiles?take=100");
        var profiles = page.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("userId").GetString()!);
        for (var customer = 0; customer < answered.Length; customer++)
        {
            // Turn 1 is the consent; every answered turn after it left exactly one entry (turn 8 confirms).
            var expectedEntries = Math.Clamp(answered[customer] - 1, 0, 6);
            if (answered[customer] == 0)
            {
                continue;
            }

            var profile = profiles[$"crash-{customer}"];
            Assert.True(profile.GetProperty("entries").GetArrayLength() >= expectedEntries, $"customer {customer}: {answered[customer]} turns answered");
            if (answered[customer] == interview.Length)
            {
                Assert.True(profile.GetProperty("completed").GetBoolean());
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
