namespace PartnerBot.Storage.Memory;

/// <summary>The schema of the Memory provider: there is none, so it is always ready.</summary>
public sealed class MemoryStorageSchema : IStorageSchema
{
    /// <inheritdoc/>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
