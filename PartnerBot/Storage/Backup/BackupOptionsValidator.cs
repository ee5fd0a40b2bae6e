using Microsoft.Extensions.Options;

namespace PartnerBot.Storage.Backup;

/// <summary>Stops the app at start with a clear message when a backup setting cannot work.</summary>
public sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, BackupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Key is { Length: > 0 } key && BackupKeys.Decode(key, exactly: 32) is null)
        {
            failures.Add("Storage:Backup:Key must be 32 random bytes in base64 (e.g. from `openssl rand -base64 32`).");
        }

        if (options.LedgerKey is { Length: > 0 } ledgerKey && BackupKeys.Decode(ledgerKey, exactly: null) is null)
        {
            failures.Add("Storage:Backup:LedgerKey must be at least 32 random bytes in base64 (e.g. from `openssl rand -base64 32`).");
        }

        foreach (var (setting, folder) in new[] { ("Folder", options.Folder), ("CopyTo", options.CopyTo) })
        {
            if (folder is { Length: > 0 } && folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                failures.Add($"Storage:Backup:{setting} is not a usable folder path.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
