namespace PartnerBot.Hosting;

/// <summary>Whether the app may take customers: set once the store answered and the recognizers are warm.</summary>
public sealed class Readiness
{
    private int _pending;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once every registered start-up step has finished.</summary>
    public bool IsReady => Volatile.Read(ref _pending) == 0 && _ready.Task.IsCompleted;

    /// <summary>Completes when the app is ready.</summary>
    public Task WhenReady => _ready.Task;

    /// <summary>Registers one start-up step; call <see cref="Complete"/> when it is done.</summary>
    public void Expect() => Interlocked.Increment(ref _pending);

    /// <summary>Marks one start-up step as done.</summary>
    public void Complete()
    {
        if (Interlocked.Decrement(ref _pending) <= 0)
        {
            _ready.TrySetResult();
        }
    }
}
