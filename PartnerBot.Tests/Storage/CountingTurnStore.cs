using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

/// <summary>A provider's turn store that counts its state reads and commits.</summary>
public sealed class CountingTurnStore(ITurnStore inner) : ITurnStore
{
    private int _reads;
    private int _commits;

    public int Reads => Volatile.Read(ref _reads);
    public int Commits => Volatile.Read(ref _commits);

    public Task<IReadOnlyDictionary<string, string>> ReadStateAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadStateAsync(keys, cancellationToken);
    }

    public Task CommitAsync(TurnWrites writes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _commits);
        return inner.CommitAsync(writes, cancellationToken);
    }
}
