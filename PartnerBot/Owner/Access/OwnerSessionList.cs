using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>The dashboard sessions that are signed in, kept in the store under <see cref="Key"/> so every instance checks the same list.</summary>
public sealed class OwnerSessionList : IStoreItem
{
    public const string Key = "owner/sessions";

    public List<OwnerSession> Sessions { get; set; } = [];

    /// <inheritdoc/>
    public string? ETag { get; set; }
}
