using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Infrastructure;

/// <summary>One customer talking to <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>, as a channel would.</summary>
public sealed class HttpChat(HttpClient client, string locale, string userId, string? conversationId = null, string channelId = "directline")
{
    private int _sequence;

    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..12];
    public string UserId { get; } = userId;

    /// <summary>The customer joins: a conversationUpdate with them in membersAdded.</summary>
    public Task<List<string>> JoinAsync() => PostAsync(Activity("conversationUpdate", null, new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId }, new JsonObject { ["id"] = "partnerbot" }),
    }));

    /// <summary>The customer writes a message; returns the bot's replies.</summary>
    public Task<List<string>> SayAsync(string text) => PostAsync(Activity("message", text));

    /// <summary>Says each text and returns the replies to the last.</summary>
    public async Task<List<string>> SayAllAsync(params string[] texts)
    {
        var last = new List<string>();
        foreach (var text in texts)
        {
            last = await SayAsync(text);
        }

        return last;
    }

    /// <summary>An activity as a channel sends it.</summary>
    public JsonObject Activity(string type, string? text, JsonObject? extra = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"{ConversationId}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}",
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://localhost/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = locale,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Kunde", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "partnerbot", ["name"] = "PartnerBot", ["role"] = "bot" },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        foreach (var (key, value) in extra ?? [])
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }

    /// <summary>Posts an activity and returns the texts of the expected replies.</summary>
    public async Task<List<string>> PostAsync(JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString() ?? "")
            .ToList();
    }
}
