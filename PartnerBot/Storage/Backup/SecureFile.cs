namespace PartnerBot.Storage.Backup;

/// <summary>Files only the bot's own user may read and write (<c>0600</c>): backups, the ledger and its key hold what others must not see.</summary>
public static class SecureFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> (it must not exist) with mode <c>0600</c> and opens it for writing.</summary>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return new FileStream(path, options);
    }

    /// <summary>Creates an empty file with mode <c>0600</c>, so a program writing into it later keeps that mode.</summary>
    public static void CreateEmpty(string path)
    {
        using var stream = CreateNew(path);
    }

    /// <summary>Sets mode <c>0600</c> on an existing file (nothing on Windows, where the folder's ACL applies).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
