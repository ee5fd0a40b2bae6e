using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace PartnerBot.Bots;

/// <summary>The bot's trust boundary around the SDK's channel authentication: who may send activities, and where replies may go.</summary>
/// <remarks>
/// Without <c>MicrosoftAppId</c> the SDK accepts any request without an <c>Authorization</c> header, so the flag
/// <see cref="BotOptions.AllowUnauthenticatedMessages"/> is enforced here. An activity from outside may never speak for an
/// in-process channel (its channel id, service URL, conversations or user ids), and an unauthenticated one may only name a
/// loopback <c>serviceUrl</c>. Replies to an in-process channel's service URL are handed to it directly; without a registration
/// nothing is sent to a host that is not loopback.
/// </remarks>
public sealed class ChannelAuthentication(
    BotFrameworkAuthentication inner, IReadOnlyList<IInProcessChannel> channels, bool allowUnauthenticated, bool localMode) : BotFrameworkAuthentication
{
    /// <inheritdoc/>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        var authenticated = IsAuthenticated(result.ClaimsIdentity);
        if (!authenticated && !allowUnauthenticated)
        {
            throw new UnauthorizedAccessException("Channel authentication is required (Bot:AllowUnauthenticatedMessages is off).");
        }

        if (channels.Any(channel => channel.IsClaimedBy(activity, authenticated)))
        {
            throw new UnauthorizedAccessException("The activity claims a channel that only runs in process.");
        }

        if (!authenticated && !IsLoopback(activity.ServiceUrl))
        {
            throw new UnauthorizedAccessException("An unauthenticated activity may only name a loopback service URL.");
        }

        result.ConnectorFactory = new RoutingFactory(this, result.ConnectorFactory, only: null);
        return result;
    }

    /// <inheritdoc/>
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        if (!IsAuthenticated(result.ClaimsIdentity) && !allowUnauthenticated)
        {
            throw new UnauthorizedAccessException("Channel authentication is required (Bot:AllowUnauthenticatedMessages is off).");
        }

        result.ConnectorFactory = new RoutingFactory(this, result.ConnectorFactory, only: null);
        return result;
    }

    /// <inheritdoc/>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
    {
        // A turn of an in-process channel can only ever reach that channel: no connector to the network is even built.
        var own = channels.FirstOrDefault(channel => ReferenceEquals(channel.Identity, claimsIdentity));
        return own is not null
            ? new RoutingFactory(this, inner: null, only: own)
            : new RoutingFactory(this, inner.CreateConnectorFactory(claimsIdentity), only: null);
    }

    /// <inheritdoc/>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc/>
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc/>
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc/>
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>True for an absolute http(s) URL whose host is a loopback address (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>::1</c>).</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback;

    /// <summary>The SDK's identity for a request without credentials (auth disabled) is of the anonymous type.</summary>
    private static bool IsAuthenticated(ClaimsIdentity? identity) =>
        identity is { IsAuthenticated: true } && identity.AuthenticationType != AuthenticationConstants.AnonymousAuthType;

    private IConnectorClient? InProcess(string? serviceUrl, IInProcessChannel? only)
    {
        var channel = only ?? channels.FirstOrDefault(c => string.Equals(c.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase));
        return channel is not null && string.Equals(channel.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase) ? channel.CreateConnectorClient() : null;
    }

    /// <summary>Without a registration nothing authenticated a service URL: only a local Emulator (loopback) may be answered.</summary>
    private bool MayReach(string? serviceUrl) => !localMode || IsLoopback(serviceUrl);

    /// <summary>Hands out the in-process channel's client for its service URL, and the SDK's for the others where allowed.</summary>
    private sealed class RoutingFactory(ChannelAuthentication owner, ConnectorFactory? inner, IInProcessChannel? only) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            if (owner.InProcess(serviceUrl, only) is { } client)
            {
                return Task.FromResult(client);
            }

            if (inner is null || !owner.MayReach(serviceUrl))
            {
                throw new UnauthorizedAccessException("Replies go only to an authenticated channel's service URL (without a registration: loopback only).");
            }

            return inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }
    }
}
