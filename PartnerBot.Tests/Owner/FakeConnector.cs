using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace PartnerBot.Tests.Owner;

/// <summary>A Bot Connector (and webhook receiver) stand-in on a loopback port that records what the bot posts to <c>v3/conversations/{id}/activities</c> and <c>hooks/{name}</c>.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app, ConcurrentQueue<(string, string)> posts)
    {
        _app = app;
        Posts = posts;
    }

    public ConcurrentQueue<(string Path, string Body)> Posts { get; }

    /// <summary>What the connector answers; 200 unless a test makes it fail.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var posts = new ConcurrentQueue<(string, string)>();
        var connector = new FakeConnector(app, posts);
        app.MapPost("/v3/conversations/{id}/activities", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            posts.Enqueue((request.Path.Value!, await reader.ReadToEndAsync()));
            return connector.StatusCode == StatusCodes.Status200OK
                ? Results.Json(new { id = "activity-" + posts.Count })
                : Results.StatusCode(connector.StatusCode);
        });
        // A reply to the customer's activity (what a turn sends in Teams) goes to the activity it answers.
        app.MapPost("/v3/conversations/{id}/activities/{replyToId}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            posts.Enqueue((request.Path.Value!, await reader.ReadToEndAsync()));
            return Results.Json(new { id = "activity-" + posts.Count });
        });
        app.MapPost("/hooks/{name}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            posts.Enqueue((request.Path.Value!, await reader.ReadToEndAsync()));
            return Results.StatusCode(connector.StatusCode);
        });
        await app.StartAsync();
        return connector;
    }

    /// <summary>The stored conversation reference (JSON) of a customer in <paramref name="conversationId"/> on this connector.</summary>
    public string ReferenceFor(string conversationId, string userId = "customer-1") => JsonConvert.SerializeObject(new ConversationReference
    {
        ChannelId = "directline",
        ServiceUrl = BaseUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = userId },
        Bot = new ChannelAccount { Id = "partnerbot", Role = "bot" },
        Locale = "de-DE",
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
