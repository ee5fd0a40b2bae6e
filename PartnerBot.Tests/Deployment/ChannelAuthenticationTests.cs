using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Deployment;

/// <summary>With a bot registration configured (as the deployment configures it), the messaging endpoint demands the channel's token.</summary>
public class ChannelAuthenticationTests
{
    private static readonly string BotAppId = Guid.NewGuid().ToString();

    // Only the missing token: judging a present but forged one needs the channel's signing keys from the internet.
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

    [Fact]
    public async Task Without_a_registration_the_same_message_is_answered_as_in_the_emulator()
    {
        await using var factory = CreateFactory([]);
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/messages", MessageActivity(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static WebApplicationFactory<Program> CreateFactory(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Provider", "Memory");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.TryAddSingleton<ITextUnderstanding, NothingUnderstood>());
        });

    private static StringContent MessageActivity() => new(
        $$"""
        {
          "type": "message",
          "id": "{{Guid.NewGuid():N}}",
          "timestamp": "2026-11-26T12:00:00Z",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
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
