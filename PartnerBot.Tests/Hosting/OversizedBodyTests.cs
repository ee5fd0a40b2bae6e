using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PartnerBot.Bots;
using PartnerBot.Tests.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.Hosting;

/// <summary>A request body over a route's limit answers 413 as problem+json with a sentence that says so, on every POST route that reads one.</summary>
public sealed class OversizedBodyTests
{
    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["WebChat:MaxActivityBytes"] = "4096",
        ["WebChat:MaxUploadBytes"] = "16384",
    };

    [Fact]
    public async Task Messages_refuses_a_body_whose_length_is_over_the_limit()
    {
        await using var factory = new WebChatFactory(Limits);
        using var http = factory.CreateClient();

        var response = await http.PostAsync("/api/messages", Json(ActivityOfBytes(MessagesEndpoint.MaxBodyBytes + 1)), Cancel);

        await AssertTooLargeAsync(response, "at most 512 KB");
    }

    [Fact]
    public async Task Messages_refuses_a_chunked_body_that_grows_over_the_limit()
    {
        await using var factory = new WebChatFactory(Limits);
        using var http = factory.CreateClient();

        var response = await http.PostAsync("/api/messages", new UnsizedContent(ActivityOfBytes(MessagesEndpoint.MaxBodyBytes + 1)), Cancel);

        await AssertTooLargeAsync(response, "at most 512 KB");
    }

    [Fact]
    public async Task Direct_Line_activities_refuse_a_body_over_the_activity_limit()
    {
        await using var factory = new WebChatFactory(Limits);
        var (client, _) = await StartAsync(factory.CreateClient());
        var message = Message("Hallo");
        message["channelData"]!["padding"] = new string('x', 5000);

        var response = await client.PostMessageAsync(message);

        await AssertTooLargeAsync(response, "at most 4096 bytes", directLine: true);
        Assert.Single(Activities(await client.PollAsync()));
    }

    [Fact]
    public async Task Direct_Line_token_generation_and_conversation_start_refuse_a_large_body()
    {
        await using var factory = new WebChatFactory(Limits);
        using var http = factory.CreateClient();
        var issued = await ReadAsync(await http.PostAsync("/api/webchat/token", null, Cancel));
        var client = new DirectLineClient(http) { Token = (string)issued["token"]! };
        var padded = new JsonObject { ["locale"] = "de-DE", ["padding"] = new string('x', 5000) };

        var generate = await client.SendAsync(HttpMethod.Post, "/tokens/generate", padded);
        var start = await client.SendAsync(HttpMethod.Post, "/conversations", padded);

        await AssertTooLargeAsync(generate, "at most 4 KB", directLine: true);
        await AssertTooLargeAsync(start, "at most 4 KB", directLine: true);
    }

    [Fact]
    public async Task Direct_Line_upload_refuses_files_over_its_own_limit()
    {
        await using var factory = new WebChatFactory(Limits);
        var http = factory.CreateClient();
        var (client, _) = await StartAsync(http);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Message("Bild").ToJsonString()), "activity", "blob" },
            { new ByteArrayContent(new byte[20_000]), "file", "gross.png" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/upload") { Content = form };
        request.Headers.Authorization = new("Bearer", client.Token);

        var response = await http.SendAsync(request, Cancel);

        await AssertTooLargeAsync(response, "limited to 16 KB", directLine: true);
        Assert.Single(Activities(await client.PollAsync()));
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, string limit, bool directLine = false)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        Assert.Equal(413, (int?)problem["status"]);
        Assert.Contains("too large", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains(limit, (string?)problem["detail"], StringComparison.Ordinal);
        if (directLine)
        {
            // DirectLineJS reads the error member of the Direct Line shape.
            Assert.Equal("MessageSizeTooBig", (string?)problem["error"]!["code"]);
        }
    }

    private static byte[] ActivityOfBytes(int size)
    {
        var head = "{\"type\":\"message\",\"text\":\"";
        return Encoding.UTF8.GetBytes(head + new string('a', size - head.Length - 2) + "\"}");
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), so only reading it finds its size.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
