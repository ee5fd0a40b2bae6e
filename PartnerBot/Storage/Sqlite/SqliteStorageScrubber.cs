namespace PartnerBot.Storage.Sqlite;

/// <summary>After an erasure: checkpoints the SQLite WAL into the file and truncates it. With <c>secure_delete</c> on every
/// connection, deleted rows are zeroed in the pages, so after the checkpoint no byte of them is left in the database files.</summary>
public sealed class SqliteStorageScrubber(SqliteDatabase database) : IStorageScrubber
{
    /// <inheritdoc/>
    public Task<bool> ScrubAsync(CancellationToken cancellationToken) => database.CheckpointAsync(cancellationToken);
}
