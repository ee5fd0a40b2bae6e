using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>Issues and checks the local Direct Line tokens: HMAC-SHA256-signed JWTs carrying the conversation and the user.</summary>
/// <remarks>JWT form because Web Chat reads the <c>user</c> claim to know which activities are the customer's. A conversation's
/// tokens refresh until <see cref="WebChatOptions.TokenMaxLifetime"/> after its first one; those of an erased customer are revoked
/// (the revocation is kept in the conversation log, <see cref="IDirectLineLog.RevokeAsync"/>). The key is durable (configured, or kept
/// in the store, see <see cref="DirectLineSigningKey"/>), so a token issued before a restart, or by another instance, is valid.</remarks>
public sealed class DirectLineTokenService
{
    /// <summary>Stream URLs are fetched right before the socket opens (and again after every reconnect).</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(5);

    private const string Issuer = "partnerbot-directline";
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
    /// <summary>A revoked conversation's token may still read the conversation this long, so the page gets the erasure's confirmation.</summary>
    public static readonly TimeSpan RevokedReadGrace = TimeSpan.FromMinutes(2);

    private readonly Lazy<byte[]> _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly TimeSpan _maxLifetime;

    /// <summary>Signs with the configured key, else with a random one of this instance only (tests).</summary>
    public DirectLineTokenService(IOptions<WebChatOptions> options, TimeProvider time)
        : this(options, time, () => string.IsNullOrEmpty(options?.Value.TokenSigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(options.Value.TokenSigningKey))
    {
    }

    /// <summary>Signs with the key <paramref name="key"/> gives on first use (it may read the store).</summary>
    public DirectLineTokenService(IOptions<WebChatOptions> options, TimeProvider time, Func<byte[]> key)
    {
        ArgumentNullException.ThrowIfNull(options);
        // PublicationOnly: a store that was not reachable yet is asked again next time instead of failing for good.
        _key = new Lazy<byte[]>(key, LazyThreadSafetyMode.PublicationOnly);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _maxLifetime = options.Value.TokenMaxLifetime;
    }

    /// <summary>How long an API token lives, in seconds (the <c>expires_in</c> answered to the client).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>Issues the first API token of a new conversation and user.</summary>
    public string Issue(string conversationId, string userId, string? userName)
    {
        var now = _time.GetUtcNow();
        return Sign(new DirectLineToken(conversationId, userId, userName, now + _lifetime, DirectLineTokenScope.Api, now));
    }

    /// <summary>A new API token in place of <paramref name="token"/>: the same conversation, user and start, expiring no later than the chain's bound.</summary>
    public string Refresh(DirectLineToken token) =>
        Sign(token with { ExpiresAt = Earliest(_time.GetUtcNow() + _lifetime, token.StartedAt + _maxLifetime), Scope = DirectLineTokenScope.Api });

    /// <summary>Issues a short-lived token that only opens the conversation's WebSocket stream.</summary>
    public string IssueStream(DirectLineToken token) =>
        Sign(token with { ExpiresAt = Earliest(_time.GetUtcNow() + StreamTokenLifetime, token.StartedAt + _maxLifetime), Scope = DirectLineTokenScope.Stream });

    /// <summary>Issues a token that only reads the conversation's uploaded files, valid as long as the conversation's tokens can be
    /// refreshed (the echoed message keeps showing its picture).</summary>
    public string IssueAttachment(DirectLineToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Sign(token with { ExpiresAt = token.StartedAt + _maxLifetime, Scope = DirectLineTokenScope.Attachment });
    }

    /// <summary>Seconds until a token issued now for <paramref name="token"/>'s conversation expires.</summary>
    public int ExpiresInSeconds(DirectLineToken token) => (int)(Earliest(_time.GetUtcNow() + _lifetime, token.StartedAt + _maxLifetime) - _time.GetUtcNow()).TotalSeconds;

    /// <summary>Whether a conversation revoked at <paramref name="revokedAt"/> (null: never) refuses its tokens now; <paramref name="readGrace"/>
    /// true allows reading for <see cref="RevokedReadGrace"/> after the revocation.</summary>
    public bool IsRevoked(DateTimeOffset? revokedAt, bool readGrace = false) =>
        revokedAt is { } at && !(readGrace && _time.GetUtcNow() < at + RevokedReadGrace);

    /// <summary>Reads a token; null when it is malformed, wrongly signed, expired, past the chain's bound or of another scope (revocation is checked by the caller).</summary>
    public DirectLineToken? Validate(string? token, DirectLineTokenScope scope) => Inspect(token, scope).Token;

    /// <summary>The token if it is valid now; otherwise whether it is one of ours that has expired (Direct Line's <c>TokenExpired</c>) or not a valid token at all.</summary>
    public (DirectLineToken? Token, bool Expired) Inspect(string? token, DirectLineTokenScope scope)
    {
        if (Read(token, scope) is not { } read)
        {
            return (null, false);
        }

        var now = _time.GetUtcNow();
        return read.ExpiresAt <= now || read.StartedAt + _maxLifetime <= now ? (null, true) : (read, false);
    }

    /// <summary>An API token of ours that expired but whose conversation is still within the chain's bound: a page whose computer slept
    /// past the token's lifetime renews it for the same conversation. Null for anything else (revocation is checked by the caller).</summary>
    public DirectLineToken? Renewable(string? token) =>
        Read(token, DirectLineTokenScope.Api) is { } read && read.StartedAt + _maxLifetime > _time.GetUtcNow() ? read : null;

    /// <summary>A well-formed token signed by us for the scope, whatever its times say; null otherwise.</summary>
    private DirectLineToken? Read(string? token, DirectLineTokenScope scope)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return null;
        }

        var expected = Signature(parts[0], parts[1]);
        if (!TryDecode(parts[2], out var actual) || !CryptographicOperations.FixedTimeEquals(expected, actual) || !TryDecode(parts[1], out var payloadBytes))
        {
            return null;
        }

        try
        {
            var payload = JsonNode.Parse(payloadBytes)?.AsObject();
            var conversation = (string?)payload?["conv"];
            var user = (string?)payload?["user"];
            var expires = (long?)payload?["exp"];
            var started = (long?)payload?["sta"];
            var tokenScope = (string?)payload?["scope"] switch
            {
                "stream" => DirectLineTokenScope.Stream,
                "attachment" => DirectLineTokenScope.Attachment,
                _ => DirectLineTokenScope.Api,
            };
            if (conversation is null || user is null || expires is null || started is null || (string?)payload?["iss"] != Issuer || tokenScope != scope)
            {
                return null;
            }

            return new DirectLineToken(
                conversation, user, (string?)payload?["name"], DateTimeOffset.FromUnixTimeSeconds(expires.Value), tokenScope, DateTimeOffset.FromUnixTimeSeconds(started.Value));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private string Sign(DirectLineToken token)
    {
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["conv"] = token.ConversationId,
            ["user"] = token.UserId,
            ["iat"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["exp"] = token.ExpiresAt.ToUnixTimeSeconds(),
            ["sta"] = token.StartedAt.ToUnixTimeSeconds(),
        };
        if (token.UserName is not null)
        {
            payload["name"] = token.UserName;
        }

        if (token.Scope != DirectLineTokenScope.Api)
        {
            payload["scope"] = token.Scope == DirectLineTokenScope.Stream ? "stream" : "attachment";
        }

        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return $"{Header}.{body}.{Base64Url(Signature(Header, body))}";
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private byte[] Signature(string header, string body) => HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes($"{header}.{body}"));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        var buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
