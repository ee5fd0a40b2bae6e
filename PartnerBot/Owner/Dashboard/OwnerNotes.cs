using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The owner's notes on one profile, in the store under <c>owner/notes/{profileId}</c>.</summary>
public sealed class OwnerNotes : IStoreItem
{
    public List<OwnerNote> Notes { get; set; } = [];

    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>The store key of a profile's notes.</summary>
    public static string KeyFor(string profileId) => $"owner/notes/{profileId}";
}
