using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The local channel's memory is bounded in bytes, per conversation and in total, and a flood of new conversations
/// never evicts a customer who is chatting (a security review evicted every live chat with 2,001 requests and grew the process
/// by ~350 MB per filled conversation).</summary>
public sealed class ConversationMemoryTests
{
    private static readonly Dictionary<string, string?> NoRateLimits = new()
    {
        ["WebChat:RequestsPerIpPerMinute"] = "100000",
        ["WebChat:ActivitiesPerConversationPerMinute"] = "10000",
    };

    [Fact]
    public async Task A_flood_of_new_conversations_is_refused_with_503_and_the_live_chat_goes_on()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?>(NoRateLimits) { ["WebChat:MaxConversations"] = "5" });
        var http = factory.CreateClient();
        var (anna, _) = await StartAsync(http);

        var refused = 0;
        for (var i = 0; i < 50; i++)
        {
            using var response = await StartRawAsync(http);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused++;
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal(46, refused);
        Assert.Equal(HttpStatusCode.OK, (await anna.PostMessageAsync(Message("Sind Sie noch da?"))).StatusCode);
        Assert.Contains($"Echo von {anna.UserId}: Sind Sie noch da?", Texts(await anna.PollAsync()));
    }

    [Fact]
    public async Task Filling_conversations_stays_within_the_byte_bounds_per_conversation_and_in_total()
    {
        const long maxConversationBytes = 64 * 1024;
        const long maxTotalBytes = 1024 * 1024;
        await using var factory = new WebChatFactory(new Dictionary<string, string?>(NoRateLimits)
        {
            ["WebChat:MaxConversationBytes"] = maxConversationBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebChat:MaxTotalBytes"] = maxTotalBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebChat:MaxActivityBytes"] = "16384",
            ["Bot:MaxMessageLength"] = "20000",
        });
        var http = factory.CreateClient();
        var store = (MemoryDirectLineLog)factory.Services.GetRequiredService<IDirectLineLog>();
        var conversations = new List<DirectLineClient>();
        while (conversations.Count < 100)
        {
            using var response = await StartRawAsync(http);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                break;
            }

            conversations.Add(ClientFor(http, await ReadAsync(response)));
        }

        Assert.InRange(conversations.Count, 2, 99);
        foreach (var client in conversations)
        {
            for (var i = 0; i < 8; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(Message(new string((char)('a' + i), 7_000)))).StatusCode);
                Assert.InRange(store.Budget.UsedBytes, 0, maxTotalBytes);
            }
        }

        Assert.InRange(store.ActivityBytes + (store.Count * DirectLineConversation.OverheadBytes), 0, store.Budget.UsedBytes);
        foreach (var client in conversations)
        {
            Assert.InRange(store.Find(client.ConversationId)!.Bytes, 1, maxConversationBytes);
            var newest = Texts(await client.PollAsync()).Last();
            Assert.EndsWith(new string('h', 7_000), newest);
        }
    }

    private static async Task<HttpResponseMessage> StartRawAsync(HttpClient http)
    {
        var issued = await ReadAsync(await http.PostAsync("/api/webchat/token", null, Cancel));
        var request = new HttpRequestMessage(HttpMethod.Post, Domain + "/conversations") { Content = new StringContent("{}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)issued["token"]!);
        var response = await http.SendAsync(request, Cancel);
        return response;
    }

    private static DirectLineClient ClientFor(HttpClient http, JsonObject started) => new(http)
    {
        Token = (string)started["token"]!,
        ConversationId = (string)started["conversationId"]!,
    };
}
