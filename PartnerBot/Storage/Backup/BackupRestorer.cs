using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Backup;

/// <summary>Restores the SQLite store from a backup: checks it, works on a copy (decrypted, migrated, every later erasure applied again,
/// then vacuumed so no byte of an erased customer is left), and only then puts it in place, the current file kept aside.</summary>
public sealed class BackupRestorer(StorageOptions storage, BackupOptions options, TimeProvider time, TextWriter output)
{
    /// <summary>What the restore did.</summary>
    /// <param name="Database">The database file now in place.</param>
    /// <param name="KeptAside">Where the file it replaced went (null when there was none).</param>
    /// <param name="TakenAt">When the backup was taken, when known.</param>
    /// <param name="Reerased">How many erased identities were found in the backup and erased again.</param>
    public sealed record Result(string Database, string? KeptAside, DateTimeOffset? TakenAt, int Reerased);

    /// <summary>Restores <paramref name="backupPath"/>; throws <see cref="RestoreException"/> (the current database untouched) when it cannot.</summary>
    /// <param name="withoutLedger">Go ahead without an erasure ledger (only when no customer can have erased their data since the backup).</param>
    public async Task<Result> RestoreAsync(string backupPath, bool withoutLedger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backupPath);
        if (storage.Provider != StorageProvider.Sqlite)
        {
            throw new RestoreException($"restore is for the embedded SQLite store, and Storage:Provider is {storage.Provider}. PostgreSQL restores with its own tools (point-in-time restore, pg_restore).");
        }

        var databaseFile = Path.GetFullPath(new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource);
        var backup = Path.GetFullPath(backupPath);
        if (!File.Exists(backup))
        {
            throw new RestoreException($"There is no backup at {backup}. Nothing was changed.");
        }

        var paths = BackupPaths.For(databaseFile, options);
        var ledger = OpenLedger(paths, withoutLedger);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        var working = $"{databaseFile}.restoring-{stamp}";
        try
        {
            await CopyOrDecryptAsync(backup, working, cancellationToken);
            if (await SqliteFileCheck.ProblemAsync(working, cancellationToken) is { } problem)
            {
                throw new RestoreException($"The backup {backup} cannot be restored: {problem}. Nothing was changed.");
            }

            var takenAt = await TakenAtAsync(working, backup, cancellationToken);
            var reerased = 0;
            if (ledger is not null)
            {
                var erased = await ledger.ErasedSinceAsync(takenAt, cancellationToken);
                reerased = erased.Count == 0 ? 0 : await RestoreErasures.ApplyAsync(working, ledger, erased, time, cancellationToken);
            }

            SqliteConnection.ClearAllPools();
            await CompactAsync(working, cancellationToken);
            if (await SqliteFileCheck.ProblemAsync(working, cancellationToken) is { } after)
            {
                throw new RestoreException($"The restored copy failed its check ({after}). Nothing was changed.");
            }

            var aside = await SwapAsync(databaseFile, working, stamp, cancellationToken);
            return new Result(databaseFile, aside, takenAt, reerased);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { working, working + "-wal", working + "-shm", working + "-journal" })
            {
                File.Delete(leftover);
            }
        }
    }

    private ErasureLedger? OpenLedger(BackupPaths paths, bool withoutLedger)
    {
        if (!File.Exists(paths.LedgerFile))
        {
            if (withoutLedger)
            {
                output.WriteLine($"No erasure ledger at {paths.LedgerFile}: going ahead without one (--without-ledger), so no erasure is applied again.");
                return null;
            }

            throw new RestoreException($"The erasure ledger {paths.LedgerFile} is missing, so customers who erased their data after the backup would come back. "
                + "Put the ledger back (or set Storage:Backup:LedgerKey and copy the ledger from where you keep it), or pass --without-ledger if no customer can have erased their data since the backup. Nothing was changed.");
        }

        var key = LedgerKey.Load(options, paths, create: false)
            ?? throw new RestoreException($"The erasure ledger's key is missing (neither Storage:Backup:LedgerKey nor {paths.LedgerKeyFile}). Nothing was changed.");
        return new ErasureLedger(paths.LedgerFile, key);
    }

    private async Task CopyOrDecryptAsync(string backup, string working, CancellationToken cancellationToken)
    {
        var encrypted = BackupCipher.LooksEncrypted(backup);
        byte[]? key = null;
        if (encrypted && (options.Key is not { Length: > 0 } text || (key = BackupKeys.Decode(text, exactly: 32)) is null))
        {
            throw new RestoreException($"The backup {backup} is encrypted: set Storage:Backup:Key to the key it was made with. Nothing was changed.");
        }

        await using var input = File.OpenRead(backup);
        await using var target = SecureFile.CreateNew(working);
        try
        {
            if (key is null)
            {
                await input.CopyToAsync(target, cancellationToken);
            }
            else
            {
                await BackupCipher.DecryptAsync(input, target, key, cancellationToken);
            }
        }
        catch (CryptographicException)
        {
            throw new RestoreException($"The backup {backup} cannot be decrypted: the key is not the one it was made with, or the file is damaged. Nothing was changed.");
        }
    }

    private static async Task<DateTimeOffset?> TakenAtAsync(string working, string backup, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(SqliteFileCheck.ConnectionString(working, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'backup_info'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1)
        {
            command.CommandText = "SELECT taken_at FROM backup_info";
            if (await command.ExecuteScalarAsync(cancellationToken) is string text)
            {
                return DbTime.FromText(text);
            }
        }

        // A copy made some other way: its name may tell; otherwise every erasure in the ledger is applied again.
        return BackupFile.Parse(backup, Path.GetFileName(backup).Split('-')[0])?.TakenAt;
    }

    private static async Task CompactAsync(string working, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(SqliteFileCheck.ConnectionString(working, SqliteOpenMode.ReadWrite));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Rollback journal instead of WAL while compacting, so the file is one file; VACUUM rewrites it from its live rows only, so
        // nothing the re-erasure freed is left in free pages or in a WAL. The store switches back to WAL when it opens the file.
        command.CommandTimeout = 0;
        foreach (var sql in new[] { "PRAGMA journal_mode = DELETE", "PRAGMA secure_delete = ON", "DROP TABLE IF EXISTS backup_info", "VACUUM" })
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<string?> SwapAsync(string databaseFile, string working, string stamp, CancellationToken cancellationToken)
    {
        string? aside = null;
        if (File.Exists(databaseFile))
        {
            await EnsureNotInUseAsync(databaseFile, cancellationToken);
            aside = $"{databaseFile}.before-restore-{stamp}";
            File.Move(databaseFile, aside);
            if (File.Exists(databaseFile + "-wal"))
            {
                File.Move(databaseFile + "-wal", aside + "-wal");
            }

            File.Delete(databaseFile + "-shm");
            output.WriteLine($"Kept the current database aside as {aside}.");
        }

        File.Move(working, databaseFile);
        SecureFile.Restrict(databaseFile);
        return aside;
    }

    private static async Task EnsureNotInUseAsync(string databaseFile, CancellationToken cancellationToken)
    {
        try
        {
            // An exclusive lock in exclusive locking mode fails while any other connection (a running PartnerBot) has the file open;
            // closing it also checkpoints the WAL into the file that is kept aside.
            await using var connection = new SqliteConnection(SqliteFileCheck.ConnectionString(databaseFile, SqliteOpenMode.ReadWrite));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandTimeout = 1;
            // One statement per command: in a batch, a busy statement was retried and then passed over without an error.
            foreach (var sql in new[] { "PRAGMA busy_timeout = 0", "PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM sqlite_master", "COMMIT" })
            {
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            throw new RestoreException($"The database {databaseFile} is in use: stop PartnerBot first, then restore. Nothing was changed.");
        }
        catch (SqliteException)
        {
            // The current file is damaged (which may be why it is being restored): it is kept aside as it is.
        }
    }
}
