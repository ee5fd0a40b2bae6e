using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PartnerBot.Privacy;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Storage.Backup;

/// <summary>Takes one online backup of the SQLite store while it serves customers: <c>VACUUM INTO</c> a new file, verified with
/// <c>PRAGMA integrity_check</c>, optionally encrypted, copied to the second folder, then the folders rotated.</summary>
/// <remarks><c>VACUUM INTO</c> reads one consistent snapshot without blocking the writer (WAL), and writes only live rows: what an
/// erasure freed in the store's pages is not carried into the backup, as a copy of the file or of its pages would.</remarks>
public sealed class SqliteBackupWriter(
    SqliteDatabase database,
    BackupPaths paths,
    IOptions<BackupOptions> options,
    IOptions<PrivacyOptions> privacy,
    ErasureLedger ledger,
    BackupStatus status,
    TimeProvider time,
    ILogger<SqliteBackupWriter> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Takes, verifies and rotates one backup; returns it. A failure is recorded in <see cref="BackupStatus"/> and thrown.</summary>
    public async Task<BackupFile> BackupAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        var takenAt = time.GetUtcNow();
        try
        {
            var settings = options.Value;
            var key = settings.Key is { Length: > 0 } text ? BackupKeys.Decode(text, exactly: 32) : null;
            Directory.CreateDirectory(paths.Folder);
            var final = Path.Combine(paths.Folder, BackupFile.NameFor(paths.Prefix, takenAt, key is not null));
            var plain = Path.Combine(paths.Folder, BackupFile.NameFor(paths.Prefix, takenAt, encrypted: false) + ".tmp");
            try
            {
                await SnapshotAsync(plain, takenAt, cancellationToken);
                if (await SqliteFileCheck.ProblemAsync(plain, cancellationToken) is { } problem)
                {
                    throw new InvalidDataException($"The new backup failed its check: {problem}.");
                }

                if (key is not null)
                {
                    await EncryptAsync(plain, final, key, cancellationToken);
                }
                else
                {
                    File.Move(plain, final);
                }
            }
            finally
            {
                File.Delete(plain);
                File.Delete(final + ".tmp");
            }

            SecureFile.Restrict(final);
            var backup = new BackupFile(final, takenAt, key is not null);
            var copyFailure = await CopyAsync(backup, cancellationToken);
            await RotateAsync(takenAt, cancellationToken);
            status.RecordGood(backup, copyFailure);
            logger.LogInformation("Backup {File} taken and verified ({Bytes} bytes)", Path.GetFileName(final), new FileInfo(final).Length);
            return backup;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            status.RecordFailure(takenAt, $"{exception.GetType().Name}: {exception.Message}");
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SnapshotAsync(string target, DateTimeOffset takenAt, CancellationToken cancellationToken)
    {
        // The file exists (empty, 0600) before SQLite writes into it, so the backup is never readable by others, not even for a moment.
        SecureFile.CreateEmpty(target);
        // The store's schema exists before the first snapshot (a backup of a file the store never opened would be empty).
        await database.EnsureCreatedAsync(cancellationToken);
        await using (var source = new SqliteConnection(SqliteFileCheck.ConnectionString(paths.DatabaseFile, SqliteOpenMode.ReadWrite)))
        {
            await source.OpenAsync(cancellationToken);
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "PRAGMA busy_timeout = 10000";
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.CommandTimeout = 0;
            vacuum.Parameters.AddWithValue("$target", target);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        // The backup's own record of when it was taken: the restore applies every erasure from then on again.
        await using var copy = new SqliteConnection(SqliteFileCheck.ConnectionString(target, SqliteOpenMode.ReadWrite));
        await copy.OpenAsync(cancellationToken);
        await using var info = copy.CreateCommand();
        info.CommandText = "PRAGMA journal_mode = DELETE";
        await info.ExecuteNonQueryAsync(cancellationToken);
        info.CommandText = "CREATE TABLE backup_info (taken_at TEXT NOT NULL)";
        await info.ExecuteNonQueryAsync(cancellationToken);
        info.CommandText = "INSERT INTO backup_info VALUES ($at)";
        info.Parameters.AddWithValue("$at", DbTime.ToText(takenAt));
        await info.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task EncryptAsync(string plain, string final, byte[] key, CancellationToken cancellationToken)
    {
        var partial = final + ".tmp";
        await using (var input = File.OpenRead(plain))
        await using (var output = SecureFile.CreateNew(partial))
        {
            await BackupCipher.EncryptAsync(input, output, key, cancellationToken);
        }

        File.Move(partial, final);
    }

    private async Task<string?> CopyAsync(BackupFile backup, CancellationToken cancellationToken)
    {
        if (paths.CopyTo is not { } folder)
        {
            return null;
        }

        var target = Path.Combine(folder, Path.GetFileName(backup.Path));
        try
        {
            Directory.CreateDirectory(folder);
            await using (var input = File.OpenRead(backup.Path))
            await using (var output = SecureFile.CreateNew(target + ".tmp"))
            {
                await input.CopyToAsync(output, cancellationToken);
            }

            File.Move(target + ".tmp", target);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(target + ".tmp");
            logger.LogError("Copying the backup to Storage:Backup:CopyTo failed: {ExceptionType}: {Message}", exception.GetType().FullName, exception.Message);
            return $"copy to Storage:Backup:CopyTo failed: {exception.GetType().Name}";
        }
    }

    private async Task RotateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notBefore = now.AddDays(-privacy.Value.RetentionDays);
        foreach (var folder in paths.AllFolders.Where(Directory.Exists))
        {
            foreach (var deleted in BackupRotation.Apply(folder, paths.Prefix, options.Value.Keep, notBefore))
            {
                logger.LogInformation("Deleted backup {File} (rotation or Privacy:RetentionDays)", Path.GetFileName(deleted));
            }
        }

        // Every backup that could still hold a customer erased before the retention window is gone: so is the need to remember them.
        await ledger.PurgeBeforeAsync(notBefore, cancellationToken);
    }
}
