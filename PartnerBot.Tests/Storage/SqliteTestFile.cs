using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage;

/// <summary>A SQLite database file in a fresh temporary folder, removed at the end.</summary>
public sealed class SqliteTestFile : IDisposable
{
    public SqliteTestFile()
    {
        Folder = Path.Combine(Path.GetTempPath(), "partnerbot-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "partnerbot.db");
    }

    public string Folder { get; }

    /// <summary>Where the database file is (its folder does not exist until a store opens it).</summary>
    public string FilePath { get; }

    public SqliteStorageOptions Options => new() { ConnectionString = $"Data Source={FilePath}" };

    public SqliteDatabase CreateDatabase() => new(Options);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
