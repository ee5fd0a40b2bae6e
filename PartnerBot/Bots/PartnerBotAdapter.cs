using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace PartnerBot.Bots;

/// <summary>The bot's CloudAdapter: one constructor for DI, the middleware, and the apology when a turn fails.</summary>
public sealed class PartnerBotAdapter : CloudAdapter
{
    public PartnerBotAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<PartnerBotAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Runs one already-parsed activity through the adapter (authentication, middleware, bot).</summary>
    /// <exception cref="UnauthorizedAccessException">The request's credentials were refused.</exception>
    public Task<InvokeResponse> ProcessAsync(string? authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader ?? string.Empty, activity, callback, cancellationToken);
}
