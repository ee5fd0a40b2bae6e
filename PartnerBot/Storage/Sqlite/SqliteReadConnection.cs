using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>An open connection kept for reads: its pragmas were set when it opened, and the statements run on it are prepared once.</summary>
/// <remarks>Lent by <see cref="SqliteDatabase.ReadAsync{T}"/> to one read at a time; a reader disposes every data reader it opens
/// before it gives the connection back, so no read transaction stays open and checkpoints are not held up.</remarks>
public sealed class SqliteReadConnection : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    internal SqliteReadConnection(SqliteConnection connection) => Connection = connection;

    /// <summary>The connection itself, for reads that build their own commands.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The command for <paramref name="sql"/> on this connection, prepared once and kept; its parameters are cleared.</summary>
    /// <remarks>Do not dispose it: it lives as long as the connection.</remarks>
    public SqliteCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync();
        }

        _prepared.Clear();
        await Connection.DisposeAsync();
    }
}
