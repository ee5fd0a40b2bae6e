using Microsoft.Bot.Builder;

namespace PartnerBot.WebChat;

/// <summary>The token signing key as stored under <see cref="DirectLineSigningKey.StorageKey"/>, protected by the Data Protection key ring.</summary>
public sealed class DirectLineSigningKeyItem : IStoreItem
{
    /// <summary>The key, protected (never the key itself).</summary>
    public string Protected { get; set; } = "";

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
