namespace PartnerBot.Storage;

/// <summary>A provider's store for what a turn reads and writes: bot state documents read together, and a turn's writes committed together.</summary>
public interface ITurnStore
{
    /// <summary>The stored state documents of <paramref name="keys"/> in one query; a key without a document is missing from the result.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadStateAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes everything in <paramref name="writes"/> in one transaction: all of it or, when the store fails, none.</summary>
    Task CommitAsync(TurnWrites writes, CancellationToken cancellationToken);
}
