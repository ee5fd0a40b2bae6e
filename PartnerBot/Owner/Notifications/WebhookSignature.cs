using System.Security.Cryptography;
using System.Text;

namespace PartnerBot.Owner.Notifications;

/// <summary>Signs a webhook delivery so its receiver can tell it came from this bot and was not replayed: HMAC-SHA256 with
/// <c>Owner:NotifyWebhookSecret</c> over <c>{timestamp}.{body}</c>, sent as <c>X-PartnerBot-Timestamp</c> (Unix seconds) and
/// <c>X-PartnerBot-Signature: sha256={hex}</c>. A receiver recomputes it, compares in constant time and refuses old timestamps.</summary>
public static class WebhookSignature
{
    /// <summary>The header with the Unix time of the delivery, in seconds.</summary>
    public const string TimestampHeader = "X-PartnerBot-Timestamp";

    /// <summary>The header with the signature, <c>sha256=</c> and the lower-case hex HMAC.</summary>
    public const string SignatureHeader = "X-PartnerBot-Signature";

    /// <summary>The signature header's value for this body at this time.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
