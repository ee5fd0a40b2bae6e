using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary><c>/api/webchat/token</c>: the local channel's token, or Azure's through a server-side exchange with the secret.</summary>
public sealed class TokenExchangeTests
{
    private static readonly Dictionary<string, string?> Azure = new()
    {
        ["WebChat:DirectLineSecret"] = "azure-secret-123",
        ["WebChat:DirectLineEndpoint"] = "https://europe.directline.botframework.com/v3/directline",
    };

    [Fact]
    public async Task Without_a_secret_the_token_is_the_local_channels()
    {
        await using var factory = new WebChatFactory();

        var response = await factory.CreateClient().PostAsync("/api/webchat/token", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("http://localhost/v3/directline", (string?)body["domain"]);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task With_a_secret_the_server_exchanges_it_with_Azure_and_the_browser_gets_only_the_token()
    {
        var azure = new FakeDirectLineHandler(HttpStatusCode.OK, """{"conversationId":"azure-conv","token":"azure-token","expires_in":3600}""");
        await using var factory = new WebChatFactory(Azure, services: s => s.AddHttpClient<AzureDirectLineClient>().ConfigurePrimaryHttpMessageHandler(() => azure));

        var response = await factory.CreateClient().PostAsync("/api/webchat/token", null, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpMethod.Post, azure.Request?.Method);
        Assert.Equal("https://europe.directline.botframework.com/v3/directline/tokens/generate", azure.Request?.RequestUri?.ToString());
        Assert.Equal("Bearer azure-secret-123", azure.Request?.Headers.Authorization?.ToString());
        Assert.Matches("\"id\":\"dl_[0-9a-f]{24}\"", azure.RequestBody);
        Assert.DoesNotContain("azure-secret-123", text);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal("azure-token", (string?)body["token"]);
        Assert.Equal("azure-conv", (string?)body["conversationId"]);
        Assert.Equal("https://europe.directline.botframework.com/v3/directline", (string?)body["domain"]);
    }

    [Fact]
    public async Task When_Azure_refuses_the_browser_gets_502_without_details()
    {
        var azure = new FakeDirectLineHandler(HttpStatusCode.Forbidden, """{"error":{"code":"BadArgument","message":"secret azure-secret-123 invalid"}}""");
        await using var factory = new WebChatFactory(Azure, services: s => s.AddHttpClient<AzureDirectLineClient>().ConfigurePrimaryHttpMessageHandler(() => azure));

        var response = await factory.CreateClient().PostAsync("/api/webchat/token", null, Cancel);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("azure-secret-123", await response.Content.ReadAsStringAsync(Cancel));
    }
}
