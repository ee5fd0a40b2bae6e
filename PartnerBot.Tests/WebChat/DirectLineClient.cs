using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.WebChat;

/// <summary>Speaks to the local Direct Line the way DirectLineJS does, for the route tests.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Domain = "/v3/directline";

    public HttpClient Http => http;

    public string Token { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string UserId { get; set; } = "";

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>What the page does: a token from /api/webchat/token, then POST /conversations.</summary>
    public static async Task<(DirectLineClient Client, JsonObject Started)> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var issued = await ReadAsync(await http.PostAsync("/api/webchat/token", null, Cancel));
        client.Token = (string)issued["token"]!;
        client.ConversationId = (string)issued["conversationId"]!;
        client.UserId = (string)issued["userId"]!;
        var response = await client.SendAsync(HttpMethod.Post, "/conversations", new JsonObject { ["locale"] = "de-DE" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, await ReadAsync(response));
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, Domain + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; tests)");
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request, Cancel);
    }

    public async Task<JsonObject> PollAsync(string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static JsonObject Message(string text, string? clientActivityId = null, string fromId = "someone") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["attachments"] = new JsonArray(),
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Anna", ["role"] = "user" },
        ["locale"] = "de-DE",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    public Task<HttpResponseMessage> PostMessageAsync(JsonObject message) =>
        SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", message);

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();

    public static IEnumerable<JsonObject> Activities(JsonObject page) => page["activities"]!.AsArray().Select(a => a!.AsObject());

    public static IEnumerable<string?> Texts(JsonObject page) => Activities(page).Select(a => (string?)a["text"]);
}
