using Microsoft.Extensions.Options;
using PartnerBot.Hosting;

namespace PartnerBot.Storage.Backup;

/// <summary>Backs the SQLite store up every <c>Storage:Backup:Interval</c> once the app is ready: the first backup at start when the newest
/// one is older than an interval, then an interval after each good one, and again after 15 minutes (at most an interval) when one failed.</summary>
public sealed class BackupService(
    IServiceProvider services,
    BackupStatus status,
    Readiness readiness,
    IOptions<StorageOptions> storage,
    IOptions<BackupOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<BackupService> logger) : BackgroundService
{
    /// <summary>Raised after each attempt (for tests and metrics).</summary>
    internal event Action? Attempted;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!status.Active)
        {
            if (storage.Value.Provider == StorageProvider.Postgres)
            {
                logger.LogInformation("Storage:Backup applies to the embedded SQLite store; PostgreSQL keeps its own backups (Azure Database for PostgreSQL backs up automatically; elsewhere use pg_dump or point-in-time recovery)");
            }
            else if (storage.Value.Provider == StorageProvider.Sqlite)
            {
                logger.LogWarning("Backups of the SQLite store are switched off (Storage:Backup:Enabled=false): a lost disk loses every customer's wish");
            }

            return;
        }

        if (string.IsNullOrEmpty(options.Value.Key) && environment.IsProduction())
        {
            logger.LogWarning("Backups are not encrypted (Storage:Backup:Key unset): whoever can read {Folder} can read every customer's data in them", services.GetRequiredService<BackupPaths>().Folder);
        }

        var writer = services.GetRequiredService<SqliteBackupWriter>();
        // The ledger and its key exist from the first start on, so a restore finds them even before the first erasure.
        await services.GetRequiredService<ErasureLedger>().CountAsync(stoppingToken);
        await readiness.WhenReady.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = status.NextDue(now);
            if (due > now)
            {
                await Task.Delay(due - now, time, stoppingToken);
            }

            try
            {
                await writer.BackupAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Backup failed: {ExceptionType}: {Message}", exception.GetType().FullName, exception.Message);
            }

            Attempted?.Invoke();
        }
    }
}
