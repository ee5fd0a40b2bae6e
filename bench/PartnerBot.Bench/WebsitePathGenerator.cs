using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Bench;

/// <summary>C concurrent website customers on the local Direct Line, doing what the page and Web Chat do: a token from
/// <c>/api/webchat/token</c>, <c>POST …/conversations</c>, the WebSocket at <c>streamUrl</c> (the channel greets first), then the
/// interview, each message POSTed to <c>…/conversations/{id}/activities</c>. A turn's latency runs from just before the POST
/// to the first of the bot's messages answering it arriving on the socket.</summary>
public sealed class WebsitePathGenerator(Uri baseAddress)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private const int MaxFailuresShown = 20;

    /// <summary>Runs <paramref name="conversations"/> interviews, <paramref name="concurrency"/> at a time.</summary>
    public async Task<LoadResult> RunAsync(int concurrency, int conversations)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = ReplyTimeout };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var completed = 0;
        var next = -1;
        var shown = 0;
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
                catch (Exception e) when (e is HttpRequestException or WebSocketException or OperationCanceledException or JsonException or InvalidOperationException)
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
                    if (Interlocked.Increment(ref shown) <= MaxFailuresShown)
                    {
                        Console.Error.WriteLine($"  website conversation {index} failed: {failure}");
                    }
                }
            }
        }));
        clock.Stop();
        return new LoadResult(latencies.SelectMany(l => l).ToList(), errors, completed, clock.Elapsed);
    }

    /// <summary>One customer's interview; null when every turn got a fitting reply, else what went wrong.</summary>
    private static async Task<string?> RunConversationAsync(HttpClient client, IReadOnlyList<InterviewScript.Turn> script, List<double> latencies)
    {
        var locale = ReferenceEquals(script, InterviewScript.German) ? "de-DE" : "en-US";

        // As chat.js begins: the page's token route answers the token, the user id and the Direct Line domain.
        using var tokenResponse = await client.PostAsync("api/webchat/token", null);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            return $"token: {Status(tokenResponse)}";
        }

        var session = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync());
        if (Text(session, "token") is not { } token || Text(session, "domain") is not { } domain || Text(session, "userId") is not { } userId)
        {
            return "token: the answer lacks token, domain or userId";
        }

        // As DirectLineJS starts: the conversation answer's token replaces the one it was started with.
        using var started = await SendAsync(client, $"{domain}/conversations", token, new JsonObject { ["locale"] = locale });
        if (!started.IsSuccessStatusCode)
        {
            return $"start: {Status(started)}";
        }

        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync());
        if (Text(conversation, "conversationId") is not { } conversationId || Text(conversation, "streamUrl") is not { } streamUrl)
        {
            return "start: the answer lacks conversationId or streamUrl";
        }

        token = Text(conversation, "token") ?? token;
        using var socket = new ClientWebSocket();
        using var stop = new CancellationTokenSource();
        await socket.ConnectAsync(new Uri(streamUrl), stop.Token);
        var log = new DirectLineSocketLog();
        var receiving = ReceiveAsync(socket, log, stop.Token);
        try
        {
            // The greeting answers the channel's conversationUpdate (the page sends no join event); the stream replays it.
            var (greeted, greetingFailure) = await log.WaitForReplyAsync(null, null, script[0].Expect, ReplyTimeout);
            if (greeted is null)
            {
                return $"greeting: {greetingFailure}";
            }

            var activities = $"{domain}/conversations/{Uri.EscapeDataString(conversationId)}/activities";
            for (var step = 1; step < script.Count; step++)
            {
                var turn = script[step];
                var clientActivityId = Guid.NewGuid().ToString("N")[..12];
                var activity = new JsonObject
                {
                    ["type"] = "message",
                    ["text"] = turn.Text,
                    ["attachments"] = new JsonArray(),
                    ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
                    ["from"] = new JsonObject { ["id"] = userId, ["name"] = "", ["role"] = "user" },
                    ["locale"] = locale,
                    ["localTimestamp"] = DateTimeOffset.Now.ToString("o"),
                    ["localTimezone"] = "Europe/Berlin",
                };
                var sent = Stopwatch.GetTimestamp();
                using var posted = await SendAsync(client, activities, token, activity);
                if (!posted.IsSuccessStatusCode)
                {
                    return $"turn {step}: {Status(posted)}";
                }

                var id = Text(JsonNode.Parse(await posted.Content.ReadAsStringAsync()), "id");
                var (arrived, failure) = await log.WaitForReplyAsync(id, clientActivityId, turn.Expect, ReplyTimeout);
                if (arrived is null)
                {
                    return $"turn {step} ({turn.Text}): {failure}";
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent, arrived.Value).TotalMilliseconds);
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

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string token, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (PartnerBot.Bench)");
        return await client.SendAsync(request);
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, DirectLineSocketLog log, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    log.AddFrame(frame.GetBuffer().AsMemory(0, (int)frame.Length), Stopwatch.GetTimestamp());
                    frame.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The conversation is over.
        }
    }

    private static string? Text(JsonNode? node, string property) =>
        node is JsonObject json && json[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Status(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.TooManyRequests
        ? "429, rate limited (see WebChat__RequestsPerIpPerMinute in bench/README.md)"
        : $"answered {(int)response.StatusCode}";
}
