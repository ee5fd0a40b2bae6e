using System.Data.Common;

namespace PartnerBot.Storage.Postgres;

/// <summary>Plain SQL on the shared PostgreSQL database: one short transaction per write.</summary>
public sealed class PostgresConnections(PostgresDatabase database) : SqlConnections
{
    /// <inheritdoc/>
    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await work(connection);
    }
}
