namespace PartnerBot.Hosting;

/// <summary>Whether the app may take customers: ready once every start-up step (store reachable, recognizers warm) is done.</summary>
/// <remarks>Steps call <see cref="Expect"/> when they are constructed, which the host does for every hosted service before it starts any, and so before the server listens.</remarks>
public sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;

    /// <summary>True when no start-up step is pending.</summary>
    public bool IsReady => Volatile.Read(ref _pending) == 0;

    /// <summary>Completes when the last pending step is done.</summary>
    public Task WhenReady => IsReady ? Task.CompletedTask : _ready.Task;

    /// <summary>Registers one start-up step; call <see cref="Complete"/> when it is done.</summary>
    public void Expect() => Interlocked.Increment(ref _pending);

    /// <summary>Marks one start-up step as done.</summary>
    public void Complete()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _ready.TrySetResult();
        }
    }
}
