using System.Data.Common;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Plain SQL on the SQLite file: writes through the database's single writer, reads on pooled connections.</summary>
public sealed class SqliteConnections(SqliteDatabase database) : SqlConnections
{
    /// <inheritdoc/>
    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => work(connection, transaction), cancellationToken);

    /// <inheritdoc/>
    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await database.ReadAsync(reader => work(reader.Connection), cancellationToken);
    }
}
