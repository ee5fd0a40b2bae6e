using System.Security.Cryptography;

namespace PartnerBot.Storage.Backup;

/// <summary>The key of the erasure ledger's hashes: <c>Storage:Backup:LedgerKey</c>, or one generated once into a <c>0600</c> file beside the database.</summary>
public static class LedgerKey
{
    /// <summary>The configured key, else the one in <see cref="BackupPaths.LedgerKeyFile"/>; when neither exists and <paramref name="create"/>, a new one is generated and kept there.</summary>
    public static byte[]? Load(BackupOptions options, BackupPaths paths, bool create)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        if (options.LedgerKey is { Length: > 0 } configured)
        {
            return BackupKeys.Decode(configured, exactly: null) ?? throw new InvalidOperationException("Storage:Backup:LedgerKey is not base64 of at least 32 bytes.");
        }

        if (File.Exists(paths.LedgerKeyFile))
        {
            return Read(paths.LedgerKeyFile);
        }

        if (!create)
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(paths.LedgerKeyFile)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = SecureFile.CreateNew(paths.LedgerKeyFile);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(paths.LedgerKeyFile))
        {
            // Another process generated it a moment earlier: use that one.
            return Read(paths.LedgerKeyFile);
        }
    }

    private static byte[] Read(string path) =>
        BackupKeys.Decode(File.ReadAllText(path), exactly: null)
        ?? throw new InvalidOperationException($"The erasure ledger key in {path} is damaged; set Storage:Backup:LedgerKey or restore the file.");
}
