namespace PartnerBot.WebChat;

/// <summary>The ids given to the last posts by their <c>clientActivityID</c>, so a retried post is answered with the same id
/// and not processed twice. Bounded; not thread-safe (the conversation calls it under its lock).</summary>
public sealed class DirectLineClientActivityIds(int capacity)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>The id given earlier to this <c>clientActivityID</c>, or null.</summary>
    public string? Find(string? clientActivityId) => clientActivityId is not null && _ids.TryGetValue(clientActivityId, out var id) ? id : null;

    /// <summary>Remembers the id; the oldest is forgotten past the capacity.</summary>
    public void Remember(string clientActivityId, string id)
    {
        _ids[clientActivityId] = id;
        _order.Enqueue(clientActivityId);
        if (_order.Count > capacity)
        {
            _ids.Remove(_order.Dequeue());
        }
    }

    /// <summary>Forgets every id.</summary>
    public void Clear()
    {
        _ids.Clear();
        _order.Clear();
    }
}
