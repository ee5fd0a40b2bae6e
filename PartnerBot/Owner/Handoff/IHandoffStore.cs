namespace PartnerBot.Owner.Handoff;

/// <summary>The handoffs and who has the live dashboard open, in the chosen store; every change is conditional on the version it was decided on.</summary>
public interface IHandoffStore
{
    /// <summary>The handoff of a conversation; null when it never had one.</summary>
    Task<HandoffChat?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The handoff with this id; null when there is none.</summary>
    Task<HandoffChat?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The waiting and held handoffs, longest waiting first.</summary>
    Task<IReadOnlyList<HandoffChat>> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Puts the conversation into the queue (a new handoff, or one back with the bot); one already open stays as it is. Returns the current one.</summary>
    Task<HandoffChat> RequestAsync(HandoffChat waiting, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="changed"/>'s status and holder with the next version, only if the stored one still has <paramref name="changed"/>'s version.</summary>
    Task<bool> ChangeAsync(HandoffChat changed, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the conversations' handoffs (erasure).</summary>
    Task RemoveAsync(IEnumerable<(string ChannelId, string ConversationId)> conversations, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="viewerId"/> has the live dashboard open until <paramref name="until"/> (or left, with a past time).</summary>
    Task TouchPresenceAsync(string viewerId, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>True when someone has the live dashboard open at <paramref name="now"/>.</summary>
    Task<bool> AnyonePresentAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
