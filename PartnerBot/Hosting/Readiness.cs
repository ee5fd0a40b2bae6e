namespace PartnerBot.Hosting;

/// <summary>Whether the app may take customers: ready once every start-up step (store reachable, recognizers warm) is done,
/// and after them the final steps (a warm-up turn that needs both).</summary>
/// <remarks>Steps call <see cref="Expect"/> when they are constructed or started, which the host does for every hosted service
/// before it starts the next, and so before the server takes requests.</remarks>
public sealed class Readiness
{
    private readonly TaskCompletionSource _stepsDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;
    private int _finalPending;

    /// <summary>True when no start-up step is pending.</summary>
    public bool IsReady => Volatile.Read(ref _pending) == 0 && Volatile.Read(ref _finalPending) == 0;

    /// <summary>Completes when the last pending step is done.</summary>
    public Task WhenReady => IsReady ? Task.CompletedTask : _ready.Task;

    /// <summary>Completes when every step but the final ones is done.</summary>
    public Task WhenStepsDone => Volatile.Read(ref _pending) == 0 ? Task.CompletedTask : _stepsDone.Task;

    /// <summary>Registers one start-up step; call <see cref="Complete"/> when it is done.</summary>
    public void Expect() => Interlocked.Increment(ref _pending);

    /// <summary>Registers a step that starts after every other one (<see cref="WhenStepsDone"/>); call <see cref="CompleteFinal"/> when it is done.</summary>
    public void ExpectFinal() => Interlocked.Increment(ref _finalPending);

    /// <summary>Marks one start-up step as done.</summary>
    public void Complete()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _stepsDone.TrySetResult();
            if (Volatile.Read(ref _finalPending) == 0)
            {
                _ready.TrySetResult();
            }
        }
    }

    /// <summary>Marks one final step as done.</summary>
    public void CompleteFinal()
    {
        if (Interlocked.Decrement(ref _finalPending) == 0 && Volatile.Read(ref _pending) == 0)
        {
            _ready.TrySetResult();
        }
    }
}
