using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Storage.Backup;

/// <summary>Scheduled online backups of the embedded SQLite store (<c>Storage:Backup</c>); PostgreSQL keeps backups of its own.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Storage:Backup";

    /// <summary>Whether the SQLite store is backed up on schedule.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where backups go; relative paths are taken from the working directory. Unset: <c>backups/</c> beside the database file.</summary>
    public string? Folder { get; set; }

    /// <summary>How often a backup is taken.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many backups each folder keeps (older ones are deleted, and so is every backup older than <c>Privacy:RetentionDays</c>).</summary>
    [Range(1, 1000)]
    public int Keep { get; set; } = 7;

    /// <summary>An optional second folder (a mounted share) that receives a copy of each backup, with the same rotation.</summary>
    public string? CopyTo { get; set; }

    /// <summary>Optional key (base64 of 32 bytes) to encrypt backups with AES-GCM; unset: backups are plain SQLite files.</summary>
    public string? Key { get; set; }

    /// <summary>The key (base64, at least 32 bytes) of the erasure ledger's keyed hashes; unset: generated once and kept in a file beside the database.</summary>
    public string? LedgerKey { get; set; }
}
