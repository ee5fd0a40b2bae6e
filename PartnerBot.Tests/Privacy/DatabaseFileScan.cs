using System.Text;

namespace PartnerBot.Tests.Privacy;

/// <summary>Reads a SQLite database as bytes, the way someone with the files would: the main file with its free pages, the <c>-wal</c>
/// and the <c>-shm</c>, and says where a text (UTF-8) occurs in them.</summary>
public static class DatabaseFileScan
{
    /// <summary>The files of the database at <paramref name="databasePath"/> that exist now.</summary>
    public static IReadOnlyList<string> Files(string databasePath) =>
        [.. new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists)];

    /// <summary>How often <paramref name="text"/> occurs in the database's files, per file ("partnerbot.db-wal: 3").</summary>
    public static Dictionary<string, int> Occurrences(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Files(databasePath))
        {
            var bytes = ReadShared(file);
            var count = 0;
            for (var at = bytes.AsSpan().IndexOf(needle); at >= 0;)
            {
                count++;
                var next = bytes.AsSpan(at + 1).IndexOf(needle);
                at = next < 0 ? -1 : at + 1 + next;
            }

            counts[Path.GetFileName(file)] = count;
        }

        return counts;
    }

    /// <summary>How often <paramref name="text"/> occurs in all the database's files together.</summary>
    public static int Count(string databasePath, string text) => Occurrences(databasePath, text).Values.Sum();

    /// <summary>Fails, naming the file and the count, when any of <paramref name="texts"/> is anywhere in the database's files.</summary>
    public static void AssertNoneOf(string databasePath, params string[] texts)
    {
        var found = texts
            .SelectMany(text => Occurrences(databasePath, text).Where(f => f.Value > 0).Select(f => $"\"{text}\" {f.Value}× in {f.Key}"))
            .ToList();
        Assert.True(found.Count == 0, "Left in the database files: " + string.Join("; ", found));
    }

    /// <summary>The file's bytes while SQLite has it open.</summary>
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
