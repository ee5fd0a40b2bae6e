using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>The dashboard password's hash, kept in the store under <see cref="Key"/> (never the password).</summary>
public sealed class OwnerCredentials : IStoreItem
{
    public const string Key = "owner/credentials";

    public string PasswordHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>True when the hash is of <c>Owner:Password</c>, false when of a generated password.</summary>
    public bool Configured { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
