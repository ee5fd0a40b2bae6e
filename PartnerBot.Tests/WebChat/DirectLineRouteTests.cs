using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The REST routes answer as DirectLineJS expects (shared/DIRECTLINE.md).</summary>
public sealed class DirectLineRouteTests : WebChatRouteTestBase
{
    [Fact]
    public async Task Starting_answers_201_with_token_and_absolute_stream_url_and_the_bot_greets_first()
    {
        var (client, started) = await StartAsync(Http);

        Assert.Equal(client.ConversationId, (string?)started["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)started["token"]));
        Assert.True((int)started["expires_in"]! >= 1200);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{client.ConversationId}/stream?t=", (string?)started["streamUrl"]);

        var page = await client.PollAsync();
        var greeting = Assert.Single(Activities(page));
        Assert.Equal(GreetingEchoBot.Greeting, (string?)greeting["text"]);
        Assert.Equal("bot", (string?)greeting["from"]!["role"]);
        Assert.False(string.IsNullOrEmpty((string?)greeting["id"]));
        Assert.NotNull(greeting["timestamp"]);
        Assert.Equal("1", (string?)page["watermark"]);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_answers_200_and_does_not_greet_twice()
    {
        var (client, _) = await StartAsync(Http);

        var again = await client.SendAsync(HttpMethod.Post, "/conversations", new JsonObject());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(Activities(await client.PollAsync()));
    }

    [Fact]
    public async Task Posting_answers_the_id_and_the_echo_carries_it_with_the_client_activity_id()
    {
        var (client, _) = await StartAsync(Http);

        var response = await client.PostMessageAsync(Message("ja", "client-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string?)(await ReadAsync(response))["id"];
        var page = await client.PollAsync("1");
        var activities = Activities(page).ToList();
        Assert.Equal(2, activities.Count);
        Assert.Equal(id, (string?)activities[0]["id"]);
        Assert.Equal("client-1", (string?)activities[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("ja", (string?)activities[0]["text"]);
        Assert.Equal(id, (string?)activities[1]["replyToId"]);
        Assert.Equal($"Echo von {client.UserId}: ja", (string?)activities[1]["text"]);
        Assert.Equal("3", (string?)page["watermark"]);
        Assert.True(DateTimeOffset.Parse((string)activities[0]["timestamp"]!, CultureInfo.InvariantCulture) < DateTimeOffset.Parse((string)activities[1]["timestamp"]!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_retried_post_with_the_same_client_activity_id_is_not_processed_twice()
    {
        var (client, _) = await StartAsync(Http);

        var first = await ReadAsync(await client.PostMessageAsync(Message("ja", "same")));
        var retry = await client.PostMessageAsync(Message("ja", "same"));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((string?)first["id"], (string?)(await ReadAsync(retry))["id"]);
        Assert.Equal(3, Activities(await client.PollAsync()).Count());
    }

    [Fact]
    public async Task The_sender_is_taken_from_the_token_not_from_the_body()
    {
        var (client, _) = await StartAsync(Http);

        await client.PostMessageAsync(Message("hallo", fromId: "someone-else"));

        var echo = Activities(await client.PollAsync("1")).First();
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
    }

    [Fact]
    public async Task Polling_with_the_latest_watermark_returns_nothing_new_and_keeps_the_watermark()
    {
        var (client, _) = await StartAsync(Http);

        var page = await client.PollAsync("1");

        Assert.Empty(Activities(page));
        Assert.Equal("1", (string?)page["watermark"]);
        Assert.Single(Activities(await client.PollAsync("not-a-number")));
    }

    [Fact]
    public async Task Resuming_answers_a_fresh_token_and_a_stream_url_carrying_the_watermark()
    {
        var (client, _) = await StartAsync(Http);

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.EndsWith("&watermark=1", (string?)body["streamUrl"]);
    }

    [Fact]
    public async Task An_unknown_conversation_answers_404_so_DirectLineJS_ends_it()
    {
        var issued = await ReadAsync(await Http.PostAsync("/v3/directline/tokens/generate", null, Cancel));
        var client = new DirectLineClient(Http) { Token = (string)issued["token"]!, ConversationId = (string)issued["conversationId"]! };

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities?watermark=")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostMessageAsync(Message("x"))).StatusCode);
    }

    [Fact]
    public async Task Typing_reaches_no_history()
    {
        var (client, _) = await StartAsync(Http);

        var response = await client.PostMessageAsync(new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = "x" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Activities(await client.PollAsync()));
    }

    [Fact]
    public async Task Malformed_or_typeless_activities_answer_400()
    {
        var (client, _) = await StartAsync(Http);

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/activities")
        {
            Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", client.Token);

        Assert.Equal(HttpStatusCode.BadRequest, (await Http.SendAsync(request, Cancel)).StatusCode);
        // Any type is taken (as Direct Line takes it: DirectLineConformanceTests); an activity without one is not an activity.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostMessageAsync(new JsonObject { ["text"] = "Hallo" })).StatusCode);
    }

    [Fact]
    public async Task Upload_hands_the_message_and_the_file_names_to_the_bot()
    {
        var (client, _) = await StartAsync(Http);
        using var form = new MultipartFormDataContent();
        var activity = new StringContent(Message("Hier ein Bild", "upload-1").ToJsonString());
        activity.Headers.ContentType = new("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        form.Add(new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("image/png") } }, "file", "baeckerei.png");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/upload?userId=x") { Content = form };
        request.Headers.Authorization = new("Bearer", client.Token);

        var response = await Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = Activities(await client.PollAsync("1")).ToList();
        Assert.Equal("upload-1", (string?)activities[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("baeckerei.png", (string?)activities[0]["attachments"]![0]!["name"]);
        Assert.Equal($"Echo von {client.UserId}: Hier ein Bild [baeckerei.png]", (string?)activities[1]["text"]);
    }
}
