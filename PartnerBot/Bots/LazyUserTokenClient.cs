using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace PartnerBot.Bots;

/// <summary>A <see cref="UserTokenClient"/> that builds the real one on the first call; a turn that never signs a user in never pays for it.</summary>
public sealed class LazyUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserTokenClient? _client;

    /// <inheritdoc/>
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    /// <inheritdoc/>
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    /// <inheritdoc/>
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    /// <inheritdoc/>
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    /// <inheritdoc/>
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    /// <inheritdoc/>
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { } client)
        {
            return client;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _client ??= await create(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
