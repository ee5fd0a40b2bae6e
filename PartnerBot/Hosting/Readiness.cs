namespace PartnerBot.Hosting;

/// <summary>Whether the app may take customers: once the host has started and every start-up step (store reachable, recognizers warm) is done.</summary>
public sealed class Readiness
{
    private int _pending;
    private volatile bool _started;

    /// <summary>True once the host started and no start-up step is pending.</summary>
    public bool IsReady => _started && Volatile.Read(ref _pending) == 0;

    /// <summary>Registers one start-up step; call <see cref="Complete"/> when it is done.</summary>
    public void Expect() => Interlocked.Increment(ref _pending);

    /// <summary>Marks one start-up step as done.</summary>
    public void Complete() => Interlocked.Decrement(ref _pending);

    /// <summary>Marks the host as started (every hosted service has run its start).</summary>
    public void MarkStarted() => _started = true;
}
