namespace PartnerBot.Storage.Backup;

/// <summary>Keeps the newest backups of a folder and deletes the rest: beyond <c>Keep</c>, and every one older than the retention window.</summary>
public static class BackupRotation
{
    /// <summary>Deletes the backups of <paramref name="folder"/> beyond the newest <paramref name="keep"/> and those taken before
    /// <paramref name="notBefore"/>, and unfinished leftovers of an interrupted backup; returns the deleted paths.</summary>
    public static IReadOnlyList<string> Apply(string folder, string prefix, int keep, DateTimeOffset notBefore)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var deleted = new List<string>();
        var backups = BackupFile.List(folder, prefix);
        foreach (var backup in backups.Skip(keep).Concat(backups.Take(keep).Where(b => b.TakenAt < notBefore)))
        {
            File.Delete(backup.Path);
            deleted.Add(backup.Path);
        }

        if (Directory.Exists(folder))
        {
            foreach (var leftover in Directory.EnumerateFiles(folder, prefix + "-*.tmp"))
            {
                File.Delete(leftover);
                deleted.Add(leftover);
            }
        }

        return deleted;
    }
}
