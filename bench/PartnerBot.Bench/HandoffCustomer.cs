using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PartnerBot.Bench;

/// <summary>A website customer as Web Chat runs it: token, conversation, the WebSocket; the business's messages arrive in <see cref="Arrivals"/> by text.</summary>
internal sealed class Customer
{
    private readonly HttpClient _http;
    private readonly string _token;
    private readonly string _activities;
    private int _replies;

    private Customer(HttpClient http, string token, string activities)
    {
        _http = http;
        _token = token;
        _activities = activities;
    }

    public Arrivals Arrivals { get; } = new();

    public static async Task<Customer> StartAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var issued = await http.PostAsync("api/webchat/token", null, cancellationToken);
        var session = JsonNode.Parse(await issued.Content.ReadAsStringAsync(cancellationToken))!;
        var domain = (string)session["domain"]!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{domain}/conversations")
        {
            Content = new StringContent("""{"locale":"de-DE"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)session["token"]!);
        using var started = await http.SendAsync(request, cancellationToken);
        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync(cancellationToken))!;
        var customer = new Customer(http, (string?)conversation["token"] ?? (string)session["token"]!, $"{domain}/conversations/{conversation["conversationId"]}/activities");
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), cancellationToken);
        _ = customer.ReceiveAsync(socket, cancellationToken);
        return customer;
    }

    /// <summary>Sends a message and waits for the bot's answer to it.</summary>
    public async Task SayAsync(string text, CancellationToken cancellationToken)
    {
        var before = Volatile.Read(ref _replies);
        await SendAsync(text, cancellationToken);
        while (Volatile.Read(ref _replies) == before)
        {
            await Arrivals.WaitAsync("any-" + (before + 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
    }

    /// <summary>Posts a message (the POST returns after the turn).</summary>
    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _activities)
        {
            Content = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "de-DE", ["from"] = new JsonObject { ["id"] = "x", ["role"] = "user" } }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage);
                var arrived = Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture);
                if (length == 0 || JsonNode.Parse(buffer.AsSpan(0, length))?["activities"] is not JsonArray activities)
                {
                    continue;
                }

                foreach (var activity in activities)
                {
                    if ((string?)activity?["from"]?["role"] == "bot" && (string?)activity["type"] == "message" && (string?)activity["text"] is { } text)
                    {
                        Arrivals.Add(text, arrived);
                        Arrivals.Add("any-" + Interlocked.Increment(ref _replies).ToString(CultureInfo.InvariantCulture), arrived);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }
}
