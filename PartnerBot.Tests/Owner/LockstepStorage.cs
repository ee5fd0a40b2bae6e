using Microsoft.Bot.Builder;

namespace PartnerBot.Tests.Owner;

/// <summary>An <see cref="IStorage"/> whose reads of outbox items return only once every participant has made the same read, to force races deterministically.</summary>
public sealed class LockstepStorage(IStorage inner, int participants) : IStorage
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _round = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        // Read first, then wait: so every participant holds its snapshot before any of them acts on it.
        var result = await inner.ReadAsync(keys, cancellationToken);
        if (keys.Any(k => k.StartsWith("owner/outbox/", StringComparison.Ordinal)))
        {
            Task wait;
            lock (_gate)
            {
                wait = _round.Task;
                if (++_arrived == participants)
                {
                    _arrived = 0;
                    _round.SetResult();
                    _round = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            await wait.WaitAsync(cancellationToken);
        }

        return result;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
