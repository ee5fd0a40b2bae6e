using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>The Data Protection key ring as stored under <see cref="StorageXmlRepository.Key"/>: each key's XML.</summary>
public sealed class DataProtectionKeys : IStoreItem
{
    public List<string> Keys { get; set; } = [];

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
