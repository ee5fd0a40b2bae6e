using Npgsql;

namespace PartnerBot.Storage.Postgres;

/// <summary>The PostgreSQL database behind bot state, profiles and transcripts: one pooled data source, the schema migrated once.</summary>
public sealed class PostgresDatabase : IStorageSchema, IAsyncDisposable, IDisposable
{
    // Any constant works; it only has to be the same in every instance so concurrent start-ups migrate one at a time.
    private const long MigrationLockKey = 0x50_61_72_74_6E_65_72;

    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(PostgresStorageOptions options)
        : this(NpgsqlDataSource.Create(Tune(RequireConnectionString(options))))
    {
    }

    /// <summary>Uses a data source the caller built (and the database disposes).</summary>
    public PostgresDatabase(NpgsqlDataSource dataSource)
    {
        DataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
    }

    /// <summary>The pooled data source every store and the turn lock open connections from.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <inheritdoc/>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        await ping.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Opens a pooled connection to a migrated schema.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
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

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var gate = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
            {
                gate.Parameters.AddWithValue(MigrationLockKey);
                await gate.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
                connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var applied = new HashSet<int>();
            await using (var select = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetInt32(reader.GetOrdinal("version")));
                }
            }

            foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)))
            {
                await using var step = new NpgsqlCommand(migration.Sql, connection, transaction);
                await step.ExecuteNonQueryAsync(cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", connection, transaction);
                record.Parameters.AddWithValue(migration.Version);
                record.Parameters.AddWithValue(migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <summary>Lets Npgsql keep the stores' few statements prepared on each pooled connection, unless the connection string sets its own Max Auto Prepare.</summary>
    private static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
        }

        return builder.ConnectionString;
    }

    private static string RequireConnectionString(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new ArgumentException("PostgreSQL needs a connection string (ConnectionStrings:PartnerBot).", nameof(options))
            : options.ConnectionString;
    }
}
