using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The Connector routes the bot answers through: send, reply, update, delete, members, each answering <c>{"id":…}</c>.</summary>
public sealed class ConnectorEndpointsTests : WebChatRouteTestBase
{
    [Fact]
    public async Task A_proactive_message_reaches_the_conversation_with_an_id_and_timestamp()
    {
        var (client, _) = await StartAsync(Http);

        var response = await PostAsync($"/v3/conversations/{client.ConversationId}/activities", BotMessage("Eine Nachricht von der Inhaberin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string?)(await ReadAsync(response))["id"];
        var activity = Activities(await client.PollAsync("1")).Single();
        Assert.Equal(id, (string?)activity["id"]);
        Assert.Equal("Eine Nachricht von der Inhaberin", (string?)activity["text"]);
        Assert.NotNull(activity["timestamp"]);
        Assert.Equal(client.ConversationId, (string?)activity["conversation"]!["id"]);
    }

    [Fact]
    public async Task A_reply_carries_the_reply_to_id_from_the_route()
    {
        var (client, _) = await StartAsync(Http);
        var greetingId = (string)Activities(await client.PollAsync()).Single()["id"]!;

        var response = await PostAsync($"/v3/conversations/{client.ConversationId}/activities/{Uri.EscapeDataString(greetingId)}", BotMessage("Antwort"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(greetingId, (string?)Activities(await client.PollAsync("1")).Single()["replyToId"]);
    }

    [Fact]
    public async Task Update_delivers_the_new_version_under_the_same_id_and_delete_removes_it_from_replays()
    {
        var (client, _) = await StartAsync(Http);
        var id = (string)(await ReadAsync(await PostAsync($"/v3/conversations/{client.ConversationId}/activities", BotMessage("alt"))))["id"]!;

        var update = await SendAsync(HttpMethod.Put, $"/v3/conversations/{client.ConversationId}/activities/{Uri.EscapeDataString(id)}", BotMessage("neu"));

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(id, (string?)(await ReadAsync(update))["id"]);
        var updated = Activities(await client.PollAsync("2")).Single();
        Assert.Equal((id, "neu"), ((string?)updated["id"], (string?)updated["text"]));

        var delete = await Http.DeleteAsync($"/v3/conversations/{client.ConversationId}/activities/{Uri.EscapeDataString(id)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal([GreetingEchoBot.Greeting], Texts(await client.PollAsync()));
    }

    [Fact]
    public async Task Members_lists_the_customer_and_the_bot()
    {
        var (client, _) = await StartAsync(Http);

        var members = JsonNode.Parse(await Http.GetStringAsync($"/v3/conversations/{client.ConversationId}/members", Cancel))!.AsArray();

        Assert.Equal([client.UserId, "partnerbot"], members.Select(m => (string?)m!["id"]));
    }

    [Fact]
    public async Task An_unknown_conversation_answers_404()
    {
        var response = await PostAsync("/v3/conversations/unknown/activities", BotMessage("x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Creating_a_conversation_answers_201_with_its_id()
    {
        var body = new JsonObject { ["members"] = new JsonArray(new JsonObject { ["id"] = "u_1" }), ["bot"] = new JsonObject { ["id"] = "partnerbot" } };

        var response = await PostAsync("/v3/conversations", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)(await ReadAsync(response))["id"]));
    }

    private static JsonObject BotMessage(string text) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "partnerbot", ["role"] = "bot" },
    };

    private Task<HttpResponseMessage> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode body) =>
        Http.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") }, Cancel);
}
