using Microsoft.Extensions.Options;
using PartnerBot.Privacy;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Storage.Backup;

/// <summary>Registers the SQLite store's backups, their health check and the erasure ledger.</summary>
public static class BackupExtensions
{
    /// <summary>Registers backup settings (validated at start), the schedule, the ledger (as an erasure hook) and the <c>/healthz</c> check.</summary>
    public static IServiceCollection AddPartnerBotBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>()
            .BindConfiguration(BackupOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddSingleton(sp => BackupPaths.For(
            sp.GetRequiredService<SqliteDatabase>().FilePath ?? throw new InvalidOperationException("Backups need a SQLite database file."),
            sp.GetRequiredService<IOptions<BackupOptions>>().Value));
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<BackupPaths>();
            return new ErasureLedger(paths.LedgerFile, LedgerKey.Load(sp.GetRequiredService<IOptions<BackupOptions>>().Value, paths, create: true)!);
        });
        services.AddSingleton(StatusOf);
        services.AddSingleton<SqliteBackupWriter>();
        services.AddSingleton<ICustomerErasureHook>(sp => IsSqlite(sp)
            ? new ErasureLedgerHook(sp.GetRequiredService<ErasureLedger>())
            : new NoLedger());
        services.AddHostedService<BackupService>();
        services.AddHealthChecks().AddCheck<BackupHealthCheck>("backup");
        return services;
    }

    private static BackupStatus StatusOf(IServiceProvider services)
    {
        if (!IsSqlite(services))
        {
            return BackupStatus.Inactive("Storage:Backup is for the SQLite store; PostgreSQL keeps its own backups.", switchedOff: false);
        }

        var options = services.GetRequiredService<IOptions<BackupOptions>>().Value;
        if (!options.Enabled)
        {
            return BackupStatus.Inactive("Storage:Backup:Enabled is false.", switchedOff: true);
        }

        var paths = services.GetRequiredService<BackupPaths>();
        var status = new BackupStatus(true, options.Interval, services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (BackupFile.List(paths.Folder, paths.Prefix) is [var newest, ..])
        {
            // Only verified backups get their final name, so the newest one there is the last good one, also after a restart.
            status.RecordGood(newest);
        }

        return status;
    }

    private static bool IsSqlite(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite;

    private sealed class NoLedger : ICustomerErasureHook
    {
        public Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
