namespace PartnerBot.Storage;

/// <summary>The database behind the stores: creates or migrates its schema and proves it answers.</summary>
public interface IStorageSchema
{
    /// <summary>Applies pending migrations (idempotent, safe to call from several instances) and checks the database answers.</summary>
    Task EnsureCreatedAsync(CancellationToken cancellationToken);
}
