using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Bench;

/// <summary>C concurrent customers, each going through a whole interview over <c>POST /api/messages</c> with expectReplies.</summary>
public sealed class LoadGenerator(Uri baseAddress, bool checkReplies)
{
    private static int Runs;

    /// <summary>Runs <paramref name="conversations"/> interviews, <paramref name="concurrency"/> at a time.</summary>
    public async Task<LoadResult> RunAsync(int concurrency, int conversations)
    {
        var run = Interlocked.Increment(ref Runs) + "-" + Guid.NewGuid().ToString("N")[..6];
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var completed = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(conversations / concurrency * 12 + 12);
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                if (await RunConversationAsync(client, $"{run}-{index}", index % 2 == 0 ? InterviewScript.German : InterviewScript.English, mine))
                {
                    Interlocked.Increment(ref completed);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all, errors, completed, clock.Elapsed);
    }

    private async Task<bool> RunConversationAsync(HttpClient client, string id, IReadOnlyList<InterviewScript.Turn> script, List<double> latencies)
    {
        var locale = ReferenceEquals(script, InterviewScript.German) ? "de-DE" : "en-US";
        for (var step = 0; step < script.Count; step++)
        {
            var turn = script[step];
            var body = Activity(id, step, locale, turn.Text);
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("api/messages", content);
                var text = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK || !Plausible(text, turn))
                {
                    Console.Error.WriteLine($"  turn {step} of {id} failed: {(int)response.StatusCode} {Shorten(text)}");
                    return false;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Console.Error.WriteLine($"  turn {step} of {id} failed: {e.GetType().Name}");
                return false;
            }
        }

        return true;
    }

    private bool Plausible(string body, InterviewScript.Turn turn)
    {
        using var reply = JsonDocument.Parse(body);
        var texts = reply.RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "")
            .ToList();
        if (texts.Count == 0)
        {
            return false;
        }

        return !checkReplies || turn.Expect.Any(word => texts.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Activity(string id, int step, string locale, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = text is null ? "conversationUpdate" : "message",
            ["id"] = $"{id}-{step}",
            ["channelId"] = "directline",
            ["serviceUrl"] = "http://127.0.0.1/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = locale,
            ["conversation"] = new JsonObject { ["id"] = "bench-" + id },
            ["from"] = new JsonObject { ["id"] = "customer-" + id, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "partnerbot", ["role"] = "bot" },
        };
        if (text is null)
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "customer-" + id });
        }
        else
        {
            activity["text"] = text;
        }

        return activity.ToJsonString();
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}

/// <summary>What one load run measured.</summary>
public sealed record LoadResult(List<double> LatenciesMs, int Errors, int Completed, TimeSpan Elapsed)
{
    public int Turns => LatenciesMs.Count;
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
