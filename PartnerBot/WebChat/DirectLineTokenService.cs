using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>Issues and checks the local Direct Line tokens: HMAC-SHA256-signed JWTs carrying the conversation and the user.</summary>
/// <remarks>JWT form because Web Chat reads the <c>user</c> claim to know which activities are the customer's.</remarks>
public sealed class DirectLineTokenService
{
    /// <summary>Stream URLs are fetched right before the socket opens (and again after every reconnect).</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(5);

    private const string Issuer = "partnerbot-directline";
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<WebChatOptions> options, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
    }

    /// <summary>How long an API token lives, in seconds (the <c>expires_in</c> answered to the client).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>Issues an API token for the conversation and user.</summary>
    public string Issue(string conversationId, string userId, string? userName) =>
        Sign(new DirectLineToken(conversationId, userId, userName, _time.GetUtcNow() + _lifetime, DirectLineTokenScope.Api));

    /// <summary>Issues a short-lived token that only opens the conversation's WebSocket stream.</summary>
    public string IssueStream(DirectLineToken token) =>
        Sign(token with { ExpiresAt = _time.GetUtcNow() + StreamTokenLifetime, Scope = DirectLineTokenScope.Stream });

    /// <summary>Reads a token; null when it is malformed, wrongly signed, expired or of another scope.</summary>
    public DirectLineToken? Validate(string? token, DirectLineTokenScope scope)
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
            var tokenScope = (string?)payload?["scope"] == "stream" ? DirectLineTokenScope.Stream : DirectLineTokenScope.Api;
            if (conversation is null || user is null || expires is null || (string?)payload?["iss"] != Issuer || tokenScope != scope)
            {
                return null;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires.Value);
            return expiresAt <= _time.GetUtcNow()
                ? null
                : new DirectLineToken(conversation, user, (string?)payload?["name"], expiresAt, tokenScope);
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
        };
        if (token.UserName is not null)
        {
            payload["name"] = token.UserName;
        }

        if (token.Scope == DirectLineTokenScope.Stream)
        {
            payload["scope"] = "stream";
        }

        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return $"{Header}.{body}.{Base64Url(Signature(Header, body))}";
    }

    private byte[] Signature(string header, string body) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{header}.{body}"));

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
