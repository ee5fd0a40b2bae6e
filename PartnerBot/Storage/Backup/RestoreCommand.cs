using Microsoft.Extensions.Options;

namespace PartnerBot.Storage.Backup;

/// <summary><c>dotnet PartnerBot.dll restore &lt;backup&gt; [--without-ledger] [--Setting=value …]</c>: restores the SQLite store from a
/// backup with the app's configuration (appsettings, environment, command line), without starting the web server.</summary>
public static class RestoreCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "restore";

    private const string WithoutLedger = "--without-ledger";

    /// <summary>True when the arguments ask for a restore.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the restore; returns the process exit code (0 restored, 1 not restored, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var rest = args.Skip(1).ToList();
        var withoutLedger = rest.Remove(WithoutLedger);
        if (rest is not [var backup, ..] || backup.StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"Usage: dotnet PartnerBot.dll {Name} <backup file> [{WithoutLedger}] [--ConnectionStrings:PartnerBot=…]");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. rest.Skip(1)] });
        builder.Logging.ClearProviders();
        builder.Services.AddPartnerBotStorage();
        StorageOptions storage;
        BackupOptions options;
        try
        {
            using var host = builder.Build();
            storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            options = host.Services.GetRequiredService<IOptions<BackupOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Restore not started: {exception.Message}");
            return 1;
        }

        try
        {
            var restorer = new BackupRestorer(storage, options, time ?? TimeProvider.System, output);
            var result = await restorer.RestoreAsync(backup, withoutLedger, cancellationToken);
            await output.WriteLineAsync($"Restored {result.Database} from {Path.GetFullPath(backup)}"
                + (result.TakenAt is { } at ? $" (taken {at:yyyy-MM-dd HH:mm:ss} UTC)" : "") + ".");
            await output.WriteLineAsync($"Erasures applied again: {result.Reerased} identities of customers who erased their data after the backup.");
            await output.WriteLineAsync("Everything stored after the backup was taken is not in the restored database. Start PartnerBot as usual.");
            return 0;
        }
        catch (RestoreException exception)
        {
            await error.WriteLineAsync($"Restore failed: {exception.Message}");
            return 1;
        }
    }
}
