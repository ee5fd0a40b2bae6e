namespace PartnerBot.WebChat;

/// <summary>Counts the bytes one conversation's log holds and charges the shared budget for what exceeds the allowance the
/// store reserved for it when it created the conversation. Not thread-safe: the conversation calls it under its lock.</summary>
public sealed class DirectLineByteMeter(long maxBytes, DirectLineMemoryBudget? budget, long allowanceBytes)
{
    private long _charged;
    private bool _released;

    /// <summary>The bytes held now.</summary>
    public long Bytes { get; private set; }

    /// <summary>True while the conversation holds more than its own bound, or all together more than the shared one.</summary>
    public bool OverLimit => Bytes > maxBytes || budget?.Exceeded == true;

    /// <summary>Counts <paramref name="bytes"/> (negative when an entry goes).</summary>
    public void Add(long bytes)
    {
        Bytes += bytes;
        if (!_released && budget is not null)
        {
            var charged = Math.Max(0, Bytes - allowanceBytes);
            budget.Add(charged - _charged);
            _charged = charged;
        }
    }

    /// <summary>Gives everything back to the budget (the conversation left the store); later additions are not charged.</summary>
    public void Release()
    {
        budget?.Add(-_charged);
        _charged = 0;
        Bytes = 0;
        _released = true;
    }
}
