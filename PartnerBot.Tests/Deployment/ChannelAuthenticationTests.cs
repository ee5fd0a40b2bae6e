using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartnerBot.Tests.Deployment;

/// <summary>With a bot registration configured (as the deployment configures it), the messaging endpoint demands the channel's token.</summary>
public class ChannelAuthenticationTests
{
    private static readonly string BotAppId = Guid.NewGuid().ToString();

    [Fact]
    public async Task A_message_without_a_channel_token_is_refused_with_401()
    {
        await using var factory = CreateFactory(new()
        {
            ["MicrosoftAppId"] = BotAppId,
            ["MicrosoftAppPassword"] = "x",
        });
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/messages", MessageActivity(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.Zm9yZ2Vk")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic YWxhZGRpbjpvcGVuc2VzYW1l")]
    public async Task A_message_with_a_forged_channel_token_is_refused_with_401_not_500(string authorization)
    {
        await using var factory = CreateFactory(new()
        {
            ["MicrosoftAppId"] = BotAppId,
            ["MicrosoftAppPassword"] = "x",
        });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = MessageActivity() };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_registration_the_same_message_is_answered_as_in_the_emulator()
    {
        await using var factory = CreateFactory([]);
        using var client = factory.CreateClient();

        // Unauthenticated, the bot only answers a local Emulator: a service URL on another host is refused.
        using var response = await client.PostAsync("/api/messages", MessageActivity("http://localhost:52555/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var remote = await client.PostAsync("/api/messages", MessageActivity(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, remote.StatusCode);
    }

    private static WebApplicationFactory<Program> CreateFactory(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Provider", "Memory");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static StringContent MessageActivity(string serviceUrl = "https://smba.trafficmanager.net/emea/") => new(
        $$"""
        {
          "type": "message",
          "id": "{{Guid.NewGuid():N}}",
          "timestamp": "2026-11-26T12:00:00Z",
          "channelId": "msteams",
          "serviceUrl": "{{serviceUrl}}",
          "deliveryMode": "expectReplies",
          "from": { "id": "29:user", "name": "Anna" },
          "recipient": { "id": "28:{{BotAppId}}", "name": "PartnerBot" },
          "conversation": { "id": "a:conversation-{{Guid.NewGuid():N}}", "conversationType": "personal" },
          "locale": "de-DE",
          "text": "Hallo"
        }
        """,
        Encoding.UTF8,
        "application/json");
}
