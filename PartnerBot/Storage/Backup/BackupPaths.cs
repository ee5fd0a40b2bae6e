namespace PartnerBot.Storage.Backup;

/// <summary>Where the backups, the erasure ledger and its key live for one database file.</summary>
/// <param name="DatabaseFile">The full path of the SQLite database file.</param>
/// <param name="Folder">The backup folder (full path).</param>
/// <param name="CopyTo">The second backup folder (full path), or null.</param>
public sealed record BackupPaths(string DatabaseFile, string Folder, string? CopyTo)
{
    /// <summary>The erasure ledger: a small SQLite file beside the database, so restoring the database file leaves it in place.</summary>
    public string LedgerFile => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "erasure-ledger.db");

    /// <summary>The generated ledger key, when <c>Storage:Backup:LedgerKey</c> is unset.</summary>
    public string LedgerKeyFile => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "erasure-ledger.key");

    /// <summary>What backup file names start with: the database's name (<c>partnerbot</c>).</summary>
    public string Prefix => Path.GetFileNameWithoutExtension(DatabaseFile);

    /// <summary>The folders that receive backups: <see cref="Folder"/>, then <see cref="CopyTo"/>.</summary>
    public IEnumerable<string> AllFolders => CopyTo is null ? [Folder] : [Folder, CopyTo];

    /// <summary>The paths for <paramref name="databaseFile"/> under <paramref name="options"/>.</summary>
    public static BackupPaths For(string databaseFile, BackupOptions options)
    {
        ArgumentNullException.ThrowIfNull(databaseFile);
        ArgumentNullException.ThrowIfNull(options);
        var full = Path.GetFullPath(databaseFile);
        var folder = string.IsNullOrWhiteSpace(options.Folder)
            ? Path.Combine(Path.GetDirectoryName(full)!, "backups")
            : Path.GetFullPath(options.Folder);
        var copyTo = string.IsNullOrWhiteSpace(options.CopyTo) ? null : Path.GetFullPath(options.CopyTo);
        return new BackupPaths(full, folder, copyTo);
    }
}
