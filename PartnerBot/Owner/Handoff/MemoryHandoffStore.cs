namespace PartnerBot.Owner.Handoff;

/// <summary>Handoffs in memory (tests and demos); gone at restart.</summary>
public sealed class MemoryHandoffStore : IHandoffStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), HandoffChat> _chats = [];
    private readonly Dictionary<string, DateTimeOffset> _presence = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<HandoffChat?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_chats.GetValueOrDefault((channelId, conversationId)));
        }
    }

    /// <inheritdoc/>
    public Task<HandoffChat?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_chats.Values.FirstOrDefault(c => c.Id == id));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<HandoffChat>> OpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HandoffChat>>([.. _chats.Values.Where(c => c.IsOpen).OrderBy(c => c.RequestedAt).ThenBy(c => c.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<HandoffChat> RequestAsync(HandoffChat waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        lock (_gate)
        {
            var key = (waiting.ChannelId, waiting.ConversationId);
            if (_chats.TryGetValue(key, out var existing) && existing.IsOpen)
            {
                return Task.FromResult(existing);
            }

            var chat = waiting with
            {
                Id = existing?.Id ?? waiting.Id,
                Status = HandoffStatus.Waiting,
                Version = (existing?.Version ?? 0) + 1,
                HolderId = null,
                HolderName = null,
                UpdatedAt = waiting.RequestedAt,
            };
            _chats[key] = chat;
            return Task.FromResult(chat);
        }
    }

    /// <inheritdoc/>
    public Task<bool> ChangeAsync(HandoffChat changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        lock (_gate)
        {
            var key = (changed.ChannelId, changed.ConversationId);
            if (!_chats.TryGetValue(key, out var stored) || stored.Id != changed.Id || stored.Version != changed.Version)
            {
                return Task.FromResult(false);
            }

            _chats[key] = stored with
            {
                Status = changed.Status, HolderId = changed.HolderId, HolderName = changed.HolderName, Version = stored.Version + 1, UpdatedAt = now,
            };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task RemoveAsync(IEnumerable<(string ChannelId, string ConversationId)> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        lock (_gate)
        {
            foreach (var conversation in conversations)
            {
                _chats.Remove(conversation);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task TouchPresenceAsync(string viewerId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _presence[viewerId] = until;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> AnyonePresentAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_presence.Values.Any(until => until > now));
        }
    }
}
