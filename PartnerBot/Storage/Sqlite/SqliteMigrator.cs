using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Brings a SQLite file's schema up to <see cref="SqliteMigrations.All"/>: WAL on, then every step not applied yet, in one transaction.</summary>
internal static class SqliteMigrator
{
    /// <summary>Applies the missing migrations on <paramref name="connection"/> (the caller makes sure one start-up runs it at a time).</summary>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers work while one writer commits; the setting is stored in the file.
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE takes the write lock first, so two processes starting together migrate one after the other.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new HashSet<long>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt64(reader.GetOrdinal("version")));
            }
        }

        foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await using var step = connection.CreateCommand();
            step.Transaction = transaction;
            step.CommandText = migration.Sql + ";\nINSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
            step.Parameters.AddWithValue("$version", migration.Version);
            step.Parameters.AddWithValue("$name", migration.Name);
            step.Parameters.AddWithValue("$at", DbTime.ToText(DateTimeOffset.UtcNow));
            await step.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
