using System.Globalization;

namespace PartnerBot.Storage.Backup;

/// <summary>One finished, verified backup: <c>{prefix}-{yyyyMMddTHHmmssfffZ}.db</c>, or <c>.db.enc</c> when encrypted.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="TakenAt">When the backup began (its content is the store as of then or a moment after).</param>
/// <param name="Encrypted">Whether the file is AES-GCM encrypted.</param>
public sealed record BackupFile(string Path, DateTimeOffset TakenAt, bool Encrypted)
{
    private const string Stamp = "yyyyMMdd'T'HHmmssfff'Z'";
    private const string PlainExtension = ".db";
    private const string EncryptedExtension = ".db.enc";

    /// <summary>The file name of a backup taken at <paramref name="takenAt"/>.</summary>
    public static string NameFor(string prefix, DateTimeOffset takenAt, bool encrypted) =>
        $"{prefix}-{takenAt.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture)}{(encrypted ? EncryptedExtension : PlainExtension)}";

    /// <summary>The backup that <paramref name="path"/> names, or null when it is no backup of this database (other files are left alone).</summary>
    public static BackupFile? Parse(string path, string prefix)
    {
        var name = System.IO.Path.GetFileName(path);
        var encrypted = name.EndsWith(EncryptedExtension, StringComparison.Ordinal);
        if (!encrypted && !name.EndsWith(PlainExtension, StringComparison.Ordinal) || !name.StartsWith(prefix + "-", StringComparison.Ordinal))
        {
            return null;
        }

        var stamp = name[(prefix.Length + 1)..^(encrypted ? EncryptedExtension.Length : PlainExtension.Length)];
        return DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new BackupFile(path, new DateTimeOffset(at, TimeSpan.Zero), encrypted)
            : null;
    }

    /// <summary>The backups in <paramref name="folder"/>, newest first.</summary>
    public static IReadOnlyList<BackupFile> List(string folder, string prefix) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, prefix + "-*").Select(p => Parse(p, prefix)).OfType<BackupFile>().OrderByDescending(b => b.TakenAt).ToList()
            : [];
}
