using System.Net;
using System.Text.Json.Nodes;
using PartnerBot.Tests.WebChat;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>A website customer who reads the bot's new activities after each message.</summary>
internal sealed class WebsiteCustomer(DirectLineClient client, HttpClient http) : IAsyncDisposable
{
    private string _watermark = "";

    public static async Task<WebsiteCustomer> StartAsync(OwnerAppFactory app)
    {
        var http = app.CreateClient();
        var (client, _) = await DirectLineClient.StartAsync(http);
        var customer = new WebsiteCustomer(client, http);
        await customer.NewAsync();
        return customer;
    }

    public async Task<IReadOnlyList<string?>> SayAsync(string text)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(DirectLineClient.Message(text, fromId: client.UserId))).StatusCode);
        return await NewAsync();
    }

    public async Task TypesAsync() =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(new JsonObject
        {
            ["type"] = "typing", ["from"] = new JsonObject { ["id"] = client.UserId, ["role"] = "user" },
        })).StatusCode);

    public async Task<IReadOnlyList<string?>> NewAsync() => [.. (await NewActivitiesAsync()).Select(a => (string?)a["text"])];

    /// <summary>The bot's (and staff members') messages since the last read.</summary>
    public async Task<IReadOnlyList<JsonObject>> NewActivitiesAsync()
    {
        var page = await client.PollAsync(_watermark);
        _watermark = (string?)page["watermark"] ?? _watermark;
        return [.. DirectLineClient.Activities(page).Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot")];
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }
}
