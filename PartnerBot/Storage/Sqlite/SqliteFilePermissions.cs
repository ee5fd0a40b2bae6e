using System.Runtime.Versioning;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Keeps the SQLite file and its <c>-wal</c>/<c>-shm</c> companions readable by the app's own user only (<c>0600</c>) on Unix.</summary>
/// <remarks>SQLite gives the <c>-wal</c> and <c>-shm</c> files the mode of the database file, so creating that file first with 0600
/// covers all three. The mode is set explicitly after creating, so a permissive umask changes nothing.</remarks>
public static class SqliteFilePermissions
{
    /// <summary>Read and write for the owner, nothing for group and others.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (0700) and an empty database file (0600) when missing, and takes group and other access from existing files.</summary>
    public static void Prepare(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        var folder = Path.GetDirectoryName(databasePath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (!File.Exists(databasePath))
        {
            try
            {
                // An empty file is a valid, empty SQLite database.
                using (new FileStream(databasePath, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly }))
                {
                }

                // open() applied the umask to the mode; set it as meant.
                File.SetUnixFileMode(databasePath, OwnerOnly);
            }
            catch (IOException) when (File.Exists(databasePath))
            {
                // Another process created it meanwhile; its mode is checked below.
            }
        }

        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            Restrict(path);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void Restrict(string path)
    {
        try
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) & OwnerOnly);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // A file of another user (a read-only mount, a shared volume): SQLite reports what it cannot use itself.
        }
    }
}
