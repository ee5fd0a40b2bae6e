namespace PartnerBot.Storage;

/// <summary>For stores whose deleted rows leave no copy this app can remove: the Memory store, and PostgreSQL, where VACUUM is left to autovacuum.</summary>
public sealed class NoStorageScrubber : IStorageScrubber
{
    /// <inheritdoc/>
    public Task<bool> ScrubAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
