using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Bots;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

/// <summary>The server decides where replies go: a security review found the bot posting its replies to any <c>serviceUrl</c>
/// given to <c>/api/messages</c>, redirects followed (blind SSRF).</summary>
public sealed class ServiceUrlTrustTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://10.20.30.40:8080/")]
    [InlineData("http://metadata.internal.example/")]
    [InlineData("https://127.0.0.1.attacker.example/")]
    public async Task Without_channel_authentication_a_turn_naming_another_host_is_refused_and_nothing_is_sent(string serviceUrl)
    {
        var sent = new ConcurrentQueue<Uri>();
        await using var factory = new PartnerBotFactory { ConfigureServices = s => Record(s, sent) };
        var client = factory.CreateClient();
        var activity = new HttpChat(client, "de-DE", "emulator-user").Activity("message", "Hallo");
        activity["serviceUrl"] = serviceUrl;
        activity.Remove("deliveryMode");

        using var response = await client.PostAsJsonAsync("/api/messages", activity, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Without_a_registration_a_proactive_message_goes_to_no_host_but_loopback()
    {
        var sent = new ConcurrentQueue<Uri>();
        await using var factory = new PartnerBotFactory { ConfigureServices = s => Record(s, sent) };
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            ServiceUrl = "http://10.20.30.40/",
            Conversation = new ConversationAccount(id: "c1"),
            User = new ChannelAccount("u1"),
            Bot = new ChannelAccount("partnerbot"),
        };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.Services.GetRequiredService<PartnerBotAdapter>().ContinueConversationAsync(
            "", reference, (turn, ct) => turn.SendActivityAsync("Hallo", cancellationToken: ct), Cancel));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task The_reply_client_follows_no_redirect()
    {
        var hits = new ConcurrentQueue<string>();
        await using var emulator = await StartRedirectingEmulatorAsync(hits);
        await using var factory = new PartnerBotFactory();
        var client = factory.CreateClient();
        var activity = new HttpChat(client, "de-DE", "emulator-user").Activity("message", "Hallo");
        activity["serviceUrl"] = emulator.Urls.First() + "/";
        activity.Remove("deliveryMode");

        using var response = await client.PostAsJsonAsync("/api/messages", activity, Cancel);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Contains(hits, hit => hit.StartsWith("/v3/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain("/elsewhere", hits);
    }

    private static void Record(IServiceCollection services, ConcurrentQueue<Uri> sent) =>
        services.AddHttpClient(ConnectorHttpClients.Name).ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(sent));

    /// <summary>An Emulator stand-in on loopback that answers every Connector call with a redirect to another path.</summary>
    private static async Task<WebApplication> StartRedirectingEmulatorAsync(ConcurrentQueue<string> hits)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context =>
        {
            hits.Enqueue(context.Request.Path.Value ?? "");
            if (context.Request.Path.StartsWithSegments("/elsewhere"))
            {
                return Results.Json(new { id = "followed" }).ExecuteAsync(context);
            }

            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}/elsewhere";
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return app;
    }

    private sealed class RecordingHandler(ConcurrentQueue<Uri> sent) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { id = "x" }) });
        }
    }
}
