namespace PartnerBot.WebChat;

/// <summary>The bytes all local conversations may hold together (<see cref="WebChatOptions.MaxTotalBytes"/>): their logged
/// activities as serialized, plus a fixed share per conversation.</summary>
public sealed class DirectLineMemoryBudget(long maxBytes)
{
    private long _used;

    /// <summary>The bound.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>The bytes accounted now.</summary>
    public long UsedBytes => Interlocked.Read(ref _used);

    /// <summary>True while more is accounted than the bound allows.</summary>
    public bool Exceeded => UsedBytes > MaxBytes;

    /// <summary>Takes <paramref name="bytes"/> if they fit under the bound; false (and nothing taken) otherwise.</summary>
    public bool TryReserve(long bytes)
    {
        while (true)
        {
            var used = Interlocked.Read(ref _used);
            if (used + bytes > MaxBytes)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _used, used + bytes, used) == used)
            {
                return true;
            }
        }
    }

    /// <summary>Accounts <paramref name="bytes"/> (negative to give them back); the caller trims when <see cref="Exceeded"/>.</summary>
    public void Add(long bytes) => Interlocked.Add(ref _used, bytes);
}
