using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>Failed sign-ins in a row and the lock they lead to, kept in the store so every instance sees them.</summary>
public sealed class OwnerLockout : IStoreItem
{
    public const string Key = "owner/lockout";

    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
