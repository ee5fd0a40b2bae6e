using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Bench;

/// <summary>C concurrent website customers on the local Direct Line: each starts a conversation, opens the WebSocket stream
/// and goes through the interview; a turn's latency runs from the POST of the activity to the bot's reply arriving on the socket.</summary>
public sealed class WebsitePathGenerator(Uri baseAddress)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="conversations"/> interviews, <paramref name="concurrency"/> at a time.</summary>
    public async Task<LoadResult> RunAsync(int concurrency, int conversations)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = ReplyTimeout };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var completed = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                var script = index % 2 == 0 ? InterviewScript.German : InterviewScript.English;
                string? failure;
                try
                {
                    failure = await RunConversationAsync(client, script, mine);
                }
                catch (Exception e) when (e is HttpRequestException or WebSocketException or OperationCanceledException or JsonException)
                {
                    failure = e.GetType().Name + ": " + e.Message;
                }

                if (failure is null)
                {
                    Interlocked.Increment(ref completed);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Console.Error.WriteLine($"  website conversation {index} failed: {failure}");
                }
            }
        }));
        clock.Stop();
        return new LoadResult(latencies.SelectMany(l => l).ToList(), errors, completed, clock.Elapsed);
    }

    /// <summary>One customer's interview; null when every turn got a fitting reply, else what went wrong.</summary>
    private async Task<string?> RunConversationAsync(HttpClient client, IReadOnlyList<InterviewScript.Turn> script, List<double> latencies)
    {
        var locale = ReferenceEquals(script, InterviewScript.German) ? "de-DE" : "en-US";
        using var tokenResponse = await client.PostAsync("v3/directline/tokens/generate", null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();

        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = new StringContent(new JsonObject { ["locale"] = locale }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        var conversationId = conversation["conversationId"]!.GetValue<string>();
        var streamUrl = new Uri(conversation["streamUrl"]!.GetValue<string>());

        using var socket = new ClientWebSocket();
        using var stop = new CancellationTokenSource();
        await socket.ConnectAsync(streamUrl, stop.Token);
        var replies = new ReplyLog();
        var receiving = ReceiveAsync(socket, replies, stop.Token);
        try
        {
            // The greeting comes with the conversation start.
            if (await replies.WaitAsync(null, 0, script[0].Expect, ReplyTimeout) is null)
            {
                return "no greeting on the socket";
            }

            for (var step = 1; step < script.Count; step++)
            {
                var turn = script[step];
                var activity = new JsonObject
                {
                    ["type"] = "message",
                    ["text"] = turn.Text,
                    ["locale"] = locale,
                    ["from"] = new JsonObject { ["id"] = "ignored-the-token-decides" },
                };
                using var post = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
                {
                    Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var sent = Stopwatch.GetTimestamp();
                using var posted = await client.SendAsync(post);
                if (!posted.IsSuccessStatusCode)
                {
                    return $"turn {step}: POST answered {(int)posted.StatusCode}";
                }

                var id = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
                if (await replies.WaitAsync(id, sent, turn.Expect, ReplyTimeout) is not { } arrived)
                {
                    return $"turn {step}: no fitting reply on the socket";
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
            }

            return null;
        }
        finally
        {
            await stop.CancelAsync();
            socket.Abort();
            await receiving;
        }
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, ReplyLog replies, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var arrived = Stopwatch.GetTimestamp();
                if (message.Length > 0)
                {
                    using var frame = JsonDocument.Parse(message.ToArray());
                    if (frame.RootElement.TryGetProperty("activities", out var activities))
                    {
                        foreach (var activity in activities.EnumerateArray())
                        {
                            var role = activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var r) ? r.GetString() : null;
                            if (role == "bot")
                            {
                                replies.Add(
                                    activity.TryGetProperty("replyToId", out var replyTo) ? replyTo.GetString() : null,
                                    activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                                    arrived);
                            }
                        }
                    }
                }

                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The conversation is over.
        }
    }

    /// <summary>The bot's activities as they arrived on one socket.</summary>
    private sealed class ReplyLog
    {
        private readonly List<(string? ReplyToId, string Text, long Arrived)> _replies = [];
        private readonly SemaphoreSlim _added = new(0);

        public void Add(string? replyToId, string text, long arrived)
        {
            lock (_replies)
            {
                _replies.Add((replyToId, text, arrived));
            }

            _added.Release();
        }

        /// <summary>When the first reply to <paramref name="replyToId"/> (or, without one, the first after <paramref name="after"/>)
        /// arrived, once a reply of that turn with one of the <paramref name="expect"/> words is there; null on timeout.</summary>
        public async Task<long?> WaitAsync(string? replyToId, long after, string[] expect, TimeSpan timeout)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            while (true)
            {
                lock (_replies)
                {
                    var turn = _replies.Where(r => replyToId is null ? r.Arrived >= after : r.ReplyToId == replyToId || (r.ReplyToId is null && r.Arrived >= after)).ToList();
                    if (turn.Count > 0 && (expect.Length == 0 || turn.Any(r => expect.Any(word => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))))
                    {
                        return turn.Min(r => r.Arrived);
                    }
                }

                var left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0 || !await _added.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)))
                {
                    return null;
                }
            }
        }
    }
}
