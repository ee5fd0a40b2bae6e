using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>The SQLite file behind bot state, profiles and transcripts: opens tuned connections and migrates the schema.</summary>
/// <remarks>Writes share one open connection (see <see cref="WriteAsync{T}"/>); hot reads use the open connections of <see cref="ReadAsync{T}"/>;
/// the rest come from Microsoft.Data.Sqlite's pool.
/// Partial: the commit of queued writes is in SqliteDatabase.Groups.cs, apart from opening, migrating and checkpointing.</remarks>
public sealed partial class SqliteDatabase : IStorageSchema, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteWriteGroup _group = new();
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteConnection? _writer;
    private volatile bool _migrated;
    private long _writeTransactions;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = true };
        if (builder.Mode == SqliteOpenMode.ReadOnly || builder.Mode == SqliteOpenMode.ReadWrite)
        {
            throw new ArgumentException("The SQLite store needs Mode=ReadWriteCreate (the default).", nameof(options));
        }

        if (builder.DataSource is { Length: > 0 } path && builder.Mode != SqliteOpenMode.Memory && path != ":memory:")
        {
            FilePath = Path.GetFullPath(path);
            builder.DataSource = FilePath;
            SqliteFilePermissions.Prepare(FilePath);
        }

        _connectionString = builder.ToString();
        _busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
    }

    /// <summary>How many write transactions this database committed (for tests and metrics).</summary>
    public long WriteTransactions => Interlocked.Read(ref _writeTransactions);

    /// <summary>The full path of the database file, or null for an in-memory database.</summary>
    public string? FilePath { get; }

    /// <inheritdoc/>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var ping = connection.CreateCommand();
        ping.CommandText = "SELECT 1";
        await ping.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Opens a pooled connection with the busy timeout and foreign keys on, the schema migrated.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenRawAsync(cancellationToken);
        if (!_migrated)
        {
            try
            {
                await MigrateAsync(connection, cancellationToken);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction (<c>BEGIN IMMEDIATE</c>), one writer of this process at a time.</summary>
    /// <remarks>SQLite has a single writer. Writers of this process queue here without blocking a thread; left to SQLite they would
    /// meet SQLITE_BUSY, whose busy handler sleeps on a thread-pool thread, which under load was most of a turn's time
    /// (bench/README.md). The busy timeout still covers writers in other processes on the same file. All writes use one
    /// connection that stays open, so the statements of <see cref="Prepared"/> are parsed once. Writes that wait together are
    /// committed together, each in its own savepoint (<see cref="SqliteWriteGroup"/>): a failing one is rolled back alone.</remarks>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var write = new SqliteWriteGroup.Write<T>(work, cancellationToken);
        if (_group.Join(write) is { } group)
        {
            _ = RunGroupsAsync(group);
        }

        return write.Task;
    }

    /// <summary>Copies the WAL into the database file and truncates the WAL to zero bytes (<c>wal_checkpoint(TRUNCATE)</c>), so the
    /// page versions from before a deletion are in no file any more; false when a reader kept it from finishing.</summary>
    /// <remarks>Runs on the writer connection between writes. The checkpoint waits for readers up to the busy timeout.</remarks>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = _writer ??= await OpenAsync(cancellationToken);
            try
            {
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await using var reader = await checkpoint.ExecuteReaderAsync(cancellationToken);

                // One row: busy (1 when it could not finish), frames in the WAL, frames copied.
                return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) == 0;
            }
            catch
            {
                await CloseWriterAsync();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Inside <see cref="WriteAsync{T}"/>: the command for <paramref name="sql"/>, prepared once and kept; its parameters are cleared.</summary>
    /// <remarks>The command belongs to the writer connection: use it only in the write that got <paramref name="transaction"/>, and do not dispose it.</remarks>
    public SqliteCommand Prepared(SqliteTransaction transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (_writer is null || !ReferenceEquals(transaction.Connection, _writer))
        {
            throw new InvalidOperationException("Prepared commands are for the transaction of a WriteAsync.");
        }

        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _writer.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await CloseReadersAsync();
        await _writeGate.WaitAsync();
        try
        {
            await CloseWriterAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        CloseReadersAsync().AsTask().GetAwaiter().GetResult();
        _writeGate.Wait();
        try
        {
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            _prepared.Clear();
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task CloseWriterAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync();
        }

        _prepared.Clear();
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction, one writer of this process at a time.</summary>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(async (connection, transaction) =>
        {
            await work(connection, transaction);
            return true;
        }, cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString) { DefaultTimeout = Math.Max(1, _busyTimeoutMs / 1000) };
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // In WAL mode synchronous=NORMAL keeps every committed turn through a crash or kill of the process (the WAL is
            // written before COMMIT returns); only a power cut can take back the last commits. FULL would fsync every commit,
            // which made SQLite's single writer the whole bot's limit (about 290 turns/s on two cores, see bench/README.md).
            // secure_delete zeroes deleted rows and freed pages, so an erased customer is not left in free space (it is per connection).
            pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            await SqliteMigrator.ApplyAsync(connection, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrationGate.Release();
        }
    }
}
