using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Storage.Backup;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Storage.Backup;

/// <summary>A temporary folder with the SQLite store under <c>data/</c>, the real bot on it, and helpers to read raw file bytes and run the restore command.</summary>
public sealed class BackupWorld : IDisposable
{
    private readonly SqliteTestFile _file = new();

    public BackupWorld(IDictionary<string, string?>? settings = null)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:PartnerBot"] = $"Data Source={_file.FilePath}",
            ["Storage:Backup:Keep"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; }

    public string DatabaseFile => _file.FilePath;

    public string DataFolder => Path.GetDirectoryName(_file.FilePath)!;

    public string BackupFolder => Path.Combine(DataFolder, "backups");

    /// <summary>The bot's real services on the SQLite file (no hosted services run: backups are taken by the test).</summary>
    public BotHarness Bot() => new(settings: Settings);

    public static SqliteBackupWriter Writer(BotHarness bot) => bot.Services.GetRequiredService<SqliteBackupWriter>();

    /// <summary>One customer through the whole German interview, confirmed at the end; returns the chat.</summary>
    public static async Task<ChatDriver> CompleteAsync(BotHarness bot, string userId, string name, string email)
    {
        var chat = bot.Chat(userId: userId);
        await chat.JoinAsync();
        var thanks = await chat.SayAllAsync("ja, gerne", name, "eine neue Website für meine Bäckerei",
            "Ich möchte, dass meine Kunden online vorbestellen können.", "bis Ende März", "ca. 5.000 €", email, "ja");
        Assert.Contains($"Herzlichen Dank, {name}!", string.Join(" ", thanks));
        return chat;
    }

    /// <summary>Runs <c>restore &lt;backup&gt;</c> with this world's settings on the command line; returns the exit code and what it wrote.</summary>
    public async Task<(int Code, string Output, string Error)> RestoreAsync(string backup, params string[] extra)
    {
        SqliteConnection.ClearAllPools();
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["restore", backup, .. extra, .. Settings.Select(s => $"--{s.Key}={s.Value}")];
        var code = await RestoreCommand.RunAsync(args, output, error, cancellationToken: TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The bytes of the database file and of its WAL, when there is one.</summary>
    public byte[] RawDatabaseBytes() => RawBytes(DatabaseFile);

    public static byte[] RawBytes(string databaseFile) =>
        [.. File.ReadAllBytes(databaseFile), .. File.Exists(databaseFile + "-wal") ? File.ReadAllBytes(databaseFile + "-wal") : []];

    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;

    /// <summary>A hash of the database's bytes once every idle connection is closed (the last one to close checkpoints the WAL).</summary>
    public string DatabaseHash()
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(RawDatabaseBytes()));
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> and counts the profiles of a backup file.</summary>
    public static async Task<long> VerifiedProfileCountAsync(string backup)
    {
        Assert.Null(await SqliteFileCheck.ProblemAsync(backup, TestContext.Current.CancellationToken));
        await using var connection = new SqliteConnection(SqliteFileCheck.ConnectionString(backup, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM profiles";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}
