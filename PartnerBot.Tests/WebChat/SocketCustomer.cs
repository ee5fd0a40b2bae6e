using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.WebChat;

/// <summary>A website customer on a real process as DirectLineJS runs it: a token from the page's route, <c>POST /conversations</c>,
/// the WebSocket stream, and on reconnect <c>GET /conversations/{id}?watermark=</c> with its token.</summary>
public sealed class SocketCustomer : IAsyncDisposable
{
    private readonly List<JsonObject> _received = [];
    private ClientWebSocket? _socket;

    private SocketCustomer(string token, string conversationId)
    {
        Token = token;
        ConversationId = conversationId;
    }

    public string Token { get; private set; }

    public string ConversationId { get; }

    /// <summary>The watermark of the last frame received.</summary>
    public string Watermark { get; private set; } = "";

    /// <summary>Every activity received on the sockets so far, in order.</summary>
    public IReadOnlyList<JsonObject> Received => _received;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Gets a token from <paramref name="http"/>, starts the conversation there and opens its stream.</summary>
    public static async Task<SocketCustomer> StartAsync(HttpClient http)
    {
        var issued = JsonNode.Parse(await (await http.PostAsync("/api/webchat/token", null, Cancel)).Content.ReadAsStringAsync(Cancel))!;
        var customer = new SocketCustomer((string)issued["token"]!, (string)issued["conversationId"]!);
        using var started = await customer.SendAsync(http, HttpMethod.Post, "/conversations", new JsonObject { ["locale"] = "de-DE" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await customer.OpenAsync(JsonNode.Parse(await started.Content.ReadAsStringAsync(Cancel))!);
        return customer;
    }

    /// <summary>Opens the stream again through <paramref name="http"/> (after a restart, or on another instance), from the last watermark.</summary>
    public async Task ReconnectAsync(HttpClient http)
    {
        if (_socket is not null)
        {
            _socket.Abort();
            _socket.Dispose();
        }

        using var resumed = await SendAsync(http, HttpMethod.Get, $"/conversations/{ConversationId}?watermark={Watermark}");
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        await OpenAsync(JsonNode.Parse(await resumed.Content.ReadAsStringAsync(Cancel))!);
    }

    /// <summary>Posts a message through <paramref name="via"/> and returns the bot's replies as they arrived on the socket.</summary>
    public async Task<List<string>> SayAsync(HttpClient via, string text)
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "ignored", ["role"] = "user" },
            ["locale"] = "de-DE",
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        using var posted = await SendAsync(via, HttpMethod.Post, $"/conversations/{ConversationId}/activities", message);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echoId = (string)JsonNode.Parse(await posted.Content.ReadAsStringAsync(Cancel))!["id"]!;

        // The post returns after the bot's turn: everything it said is in the log up to this watermark.
        var history = await HistoryAsync(via);
        var target = long.Parse((string)history["watermark"]!, System.Globalization.CultureInfo.InvariantCulture);
        var from = _received.Count;
        await ReceiveUntilAsync(target);
        var arrived = _received.Skip(from).ToList();
        Assert.Contains(arrived, a => (string?)a["id"] == echoId);
        return [.. arrived.Where(a => (string?)a["replyToId"] == echoId).Select(a => (string?)a["text"] ?? "")];
    }

    /// <summary>The whole history the channel replays (<c>GET …/activities?watermark=</c>).</summary>
    public async Task<JsonObject> HistoryAsync(HttpClient http, string watermark = "")
    {
        using var response = await SendAsync(http, HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();
    }

    /// <summary>Reads frames until the watermark reaches <paramref name="watermark"/>.</summary>
    public async Task ReceiveUntilAsync(long watermark)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (Watermark.Length == 0 || long.Parse(Watermark, System.Globalization.CultureInfo.InvariantCulture) < watermark)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket!.ReceiveAsync(buffer, timeout.Token);
                Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                _received.AddRange(frame["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] != "typing"));
                Watermark = (string?)frame["watermark"] ?? Watermark;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
        {
            _socket.Abort();
            _socket.Dispose();
        }

        await Task.CompletedTask;
    }

    private async Task OpenAsync(JsonNode conversation)
    {
        Token = (string)conversation["token"]!;
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), Cancel);
        // The first frame is the replay from the watermark (empty frames are keep-alives).
        await ReceiveUntilAsync(Watermark.Length == 0 ? 1 : long.Parse(Watermark, System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request, Cancel);
    }
}
