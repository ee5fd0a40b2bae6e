using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.Storage.DirectLine;

/// <summary>The website chat's log in the SQLite file.</summary>
public sealed class SqliteDirectLineLogTests : DirectLineLogContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();
    private readonly List<SqliteDatabase> _databases = [];
    private WebChatOptions _settings = new();

    protected override Task<IDirectLineLog> CreateAsync(WebChatOptions settings)
    {
        _settings = settings;
        return ReopenAsync();
    }

    protected override Task<IDirectLineLog> ReopenAsync()
    {
        var database = _file.CreateDatabase();
        _databases.Add(database);
        return Task.FromResult<IDirectLineLog>(new SqliteDirectLineLog(database, Wrap(_settings), Time, NullLogger<SqliteDirectLineLog>.Instance));
    }

    protected override async Task AssertNoTraceAsync(string text)
    {
        Assert.True(await _databases[^1].CheckpointAsync(Cancel));
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(_file.FilePath)!))
        {
            var bytes = await File.ReadAllBytesAsync(path, Cancel);
            Assert.False(Backup.BackupWorld.Contains(bytes, text), $"'{text}' is still in {Path.GetFileName(path)}.");
        }
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}
