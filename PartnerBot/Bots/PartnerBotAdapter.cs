using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace PartnerBot.Bots;

/// <summary>The bot's CloudAdapter: one constructor for DI, the trust boundary, the middleware, and the apology when a turn fails.</summary>
public sealed class PartnerBotAdapter : CloudAdapter
{
    public PartnerBotAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<IInProcessChannel> channels,
        IOptions<BotOptions> options,
        IOptions<MicrosoftAppOptions> app,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<PartnerBotAdapter> logger)
        : base(new ChannelAuthentication(authentication, channels.ToList(), options.Value.AllowUnauthenticatedMessages ?? false, app.Value.IsLocalMode), logger)
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

    /// <summary>Runs a turn whose caller this process vouches for (an in-process channel's own identity): no request to authenticate.</summary>
    public override Task<InvokeResponse> ProcessActivityAsync(ClaimsIdentity claimsIdentity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        var authenticated = new AuthenticateRequestResult
        {
            ClaimsIdentity = claimsIdentity,
            ConnectorFactory = BotFrameworkAuthentication.CreateConnectorFactory(claimsIdentity),
        };
        return ProcessActivityAsync(authenticated, activity, callback, cancellationToken);
    }
}
