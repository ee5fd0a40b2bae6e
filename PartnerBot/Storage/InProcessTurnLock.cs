namespace PartnerBot.Storage;

/// <summary>A turn lock for one process (Memory and SQLite): a semaphore per conversation, dropped once nobody holds or waits for it.</summary>
public sealed class InProcessTurnLock : ITurnLock
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>How many conversations currently have a holder or a waiter (memory stays bounded by that).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_sync)
            {
                return _gates.Count;
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IAsyncDisposable> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var key = channelId + "/" + conversationId;
        Gate gate;
        lock (_sync)
        {
            if (!_gates.TryGetValue(key, out gate!))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, gate);
            throw;
        }

        return new Holder(this, key, gate);
    }

    private void Leave(string key, Gate gate)
    {
        lock (_sync)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(InProcessTurnLock owner, string key, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(key, gate);
            }

            return ValueTask.CompletedTask;
        }
    }
}
