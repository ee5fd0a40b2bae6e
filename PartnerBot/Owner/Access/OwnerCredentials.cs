using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>The generated dashboard password's hash, kept in the store under <see cref="Key"/> (never the password).</summary>
public sealed class OwnerCredentials : IStoreItem
{
    public const string Key = "owner/credentials";

    public string PasswordHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
