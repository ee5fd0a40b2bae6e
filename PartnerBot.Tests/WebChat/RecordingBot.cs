using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerBot.Tests.WebChat;

/// <summary>Keeps every activity the channel hands to the bot, to check what a channel must set.</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(turnContext.Activity);
        return Task.CompletedTask;
    }

    /// <summary>The app with this bot in place of PartnerBot's.</summary>
    public WebChatFactory App() => new(services: s =>
    {
        s.RemoveAll<IBot>();
        s.AddSingleton<IBot>(this);
    });
}
