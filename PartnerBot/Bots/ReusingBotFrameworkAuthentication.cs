using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace PartnerBot.Bots;

/// <summary>The channel authentication of the SDK, with the per-turn clients made cheap: connector clients are shared per
/// service URL, and the user token client is only built when a turn asks for a token.</summary>
/// <remarks>The SDK's CloudAdapter builds a connector client and a user token client for every turn; each one sets up a REST
/// client whose user-agent code compiles a regular expression. That was an eighth of the CPU of a turn (bench/README.md), for
/// clients an <c>expectReplies</c> turn never uses and that earlier SDK adapters kept per service URL anyway.</remarks>
public sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly SharedConnectorClients _clients = new();

    /// <inheritdoc/>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = _clients.Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc/>
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = _clients.Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc/>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Wrap(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    /// <inheritdoc/>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(ct => inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    /// <inheritdoc/>
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc/>
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc/>
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
