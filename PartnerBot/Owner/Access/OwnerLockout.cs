using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>The account's failed sign-ins in a row (from any address) and the wait they lead to, kept in the store so every instance sees them.</summary>
public sealed class OwnerLockout : IStoreItem
{
    public const string Key = "owner/lockout";

    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
