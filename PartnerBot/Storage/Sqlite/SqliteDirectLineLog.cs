using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PartnerBot.WebChat;

namespace PartnerBot.Storage.Sqlite;

/// <summary>The website chat's log in the SQLite file: chats survive a restart. Writes go through the database's single writer
/// with prepared statements; reads use pooled connections. Erased activities are deleted under <c>secure_delete</c>, and the
/// eraser's scrub checkpoints the WAL, so no byte of them is left in the files.</summary>
public sealed class SqliteDirectLineLog(SqliteDatabase database, IOptions<WebChatOptions> options, TimeProvider time, ILogger<SqliteDirectLineLog> logger)
    : SqlDirectLineLog(options, time, logger)
{
    /// <inheritdoc/>
    protected override string Greatest => "MAX";

    /// <inheritdoc/>
    protected override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => work(connection, transaction), cancellationToken);

    /// <inheritdoc/>
    protected override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await work(connection);
    }

    /// <inheritdoc/>
    protected override DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (transaction is SqliteTransaction write)
        {
            return database.Prepared(write, sql);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <inheritdoc/>
    protected override ValueTask Release(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The writer's prepared commands stay with the database; the readers' go.
        return command.Transaction is null ? command.DisposeAsync() : ValueTask.CompletedTask;
    }
}
