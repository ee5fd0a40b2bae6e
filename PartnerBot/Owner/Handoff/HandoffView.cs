namespace PartnerBot.Owner.Handoff;

/// <summary>A handoff as the live dashboard's script gets it: no conversation id, no reference.</summary>
public sealed record HandoffView(string Id, string Status, string? Customer, string? Holder, string? HolderId, DateTimeOffset RequestedAt, string Channel)
{
    /// <summary>The view of <paramref name="chat"/>.</summary>
    public static HandoffView Of(HandoffChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return new(chat.Id, SqlHandoffStore.Name(chat.Status), chat.CustomerName, chat.HolderName, chat.HolderId, chat.RequestedAt, chat.ChannelId);
    }
}
