using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace PartnerBot.Bots;

/// <summary>Connector clients kept per bot app id, service URL and audience, so a turn reuses the client (and its token cache)
/// of the turns before it instead of building one.</summary>
/// <remarks>At most <see cref="Capacity"/> are kept: an unauthenticated local channel can name any service URL, and beyond that
/// number a turn gets a client of its own, disposed after the turn as the SDK does.</remarks>
public sealed class SharedConnectorClients
{
    /// <summary>How many clients are kept at most.</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<string, IConnectorClient> _clients = new(StringComparer.Ordinal);

    /// <summary>How many clients are kept now.</summary>
    public int Count => _clients.Count;

    /// <summary>A factory that hands out the kept client for the same app id, service URL and audience.</summary>
    public ConnectorFactory Wrap(ConnectorFactory factory, ClaimsIdentity? identity) =>
        factory is null || factory is Factory ? factory! : new Factory(this, factory, AppIdOf(identity));

    private static string AppIdOf(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value
        ?? identity?.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value
        ?? "";

    private async Task<IConnectorClient> GetAsync(ConnectorFactory inner, string appId, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        // A null audience means the factory's default one: kept apart from every audience named.
        var key = string.Join('\n', appId, serviceUrl ?? "", audience is null ? "\0" : audience);
        if (_clients.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var created = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        if (_clients.Count >= Capacity)
        {
            return created;
        }

        var shared = new Shared(created);
        if (_clients.TryAdd(key, shared))
        {
            return shared;
        }

        created.Dispose();
        return _clients[key];
    }

    private sealed class Factory(SharedConnectorClients clients, ConnectorFactory inner, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
            clients.GetAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A kept client: turns dispose what the factory gave them, which must not end the client for the next turn.</summary>
    private sealed class Shared(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => client.BaseUri = value;
        }

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public Microsoft.Rest.ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }
}
