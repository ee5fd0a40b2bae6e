using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Backup;

/// <summary>Checks a SQLite file on a connection of its own, read only: <c>PRAGMA integrity_check</c>.</summary>
public static class SqliteFileCheck
{
    /// <summary>A connection string for <paramref name="path"/> outside the pool, so the file is closed when the connection is.</summary>
    public static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    /// <summary>Null when <paramref name="path"/> is a sound SQLite database, otherwise what is wrong with it.</summary>
    public static async Task<string?> ProblemAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return "the file does not exist";
        }

        try
        {
            await using var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(reader.GetString(0));
                }
            }

            if (rows is not ["ok"])
            {
                return "integrity_check failed: " + string.Join("; ", rows.Take(3));
            }

            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1
                ? null
                : "it is a SQLite database, but not one of PartnerBot (no schema_migrations table)";
        }
        catch (SqliteException exception)
        {
            return $"it is not a readable SQLite database ({exception.Message})";
        }
    }
}
