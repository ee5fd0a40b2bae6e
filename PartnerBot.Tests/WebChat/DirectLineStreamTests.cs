using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The WebSocket stream: replay from the watermark, live frames, keep-alives ignored, token checked.</summary>
public sealed class DirectLineStreamTests : WebChatRouteTestBase
{
    [Fact]
    public async Task The_socket_replays_the_greeting_then_streams_echo_and_reply()
    {
        var (client, started) = await StartAsync(Http);
        using var socket = await ConnectAsync((string)started["streamUrl"]!);

        var replay = await ReceiveFrameAsync(socket);
        Assert.Equal([GreetingEchoBot.Greeting], Texts(replay));
        Assert.Equal("1", (string?)replay["watermark"]);

        await socket.SendAsync(Encoding.UTF8.GetBytes(""), WebSocketMessageType.Text, true, Cancel);
        await client.PostMessageAsync(Message("ja", "ws-1"));

        var echo = await ReceiveFrameAsync(socket);
        Assert.Equal("ws-1", (string?)Activities(echo).Single()["channelData"]!["clientActivityID"]);
        Assert.Equal("2", (string?)echo["watermark"]);
        var reply = await ReceiveFrameAsync(socket);
        Assert.Equal($"Echo von {client.UserId}: ja", Texts(reply).Single());
        Assert.Equal("3", (string?)reply["watermark"]);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_replays_only_what_came_after_it()
    {
        var (client, _) = await StartAsync(Http);
        await client.PostMessageAsync(Message("eins"));
        var resumed = await ReadAsync(await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark=2"));

        using var socket = await ConnectAsync((string)resumed["streamUrl"]!);

        var replay = await ReceiveFrameAsync(socket);
        Assert.Equal([$"Echo von {client.UserId}: eins"], Texts(replay));
        Assert.Equal("3", (string?)replay["watermark"]);
    }

    [Fact]
    public async Task Typing_goes_to_the_socket_only()
    {
        var (client, started) = await StartAsync(Http);
        using var socket = await ConnectAsync((string)started["streamUrl"]!);
        await ReceiveFrameAsync(socket);

        await client.PostMessageAsync(new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = "x" } });

        var frame = await ReceiveFrameAsync(socket);
        Assert.Equal("typing", (string?)Activities(frame).Single()["type"]);
        Assert.Equal("1", (string?)frame["watermark"]);
    }

    [Fact]
    public async Task A_stream_url_for_another_conversation_or_a_plain_request_is_refused()
    {
        var (_, first) = await StartAsync(Http);
        var (second, _) = await StartAsync(Http);
        var foreign = ((string)first["streamUrl"]!).Replace((string)first["conversationId"]!, second.ConversationId);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(foreign));
        Assert.Contains("403", refused.Message);
        var plain = await Http.GetAsync(new Uri((string)first["streamUrl"]!).PathAndQuery, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var client = Factory.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), Cancel);
    }

    /// <summary>The next non-empty frame (empty frames are keep-alives).</summary>
    public static async Task<JsonObject> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }
}
