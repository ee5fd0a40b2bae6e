using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage.Sqlite;

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();

    protected override Task<IStorage> CreateStorageAsync(JsonSerializer? serializer = null) =>
        Task.FromResult<IStorage>(new SqliteStorage(_file.CreateDatabase(), serializer));

    [Fact]
    public async Task State_survives_a_new_store_on_the_same_file()
    {
        await new SqliteStorage(_file.Options).WriteAsync(new Dictionary<string, object> { ["kept"] = new PocoStoreItem { Id = "1" } }, Ct);

        var items = await new SqliteStorage(_file.Options).ReadAsync(["kept"], Ct);

        Assert.Equal("1", Map<PocoStoreItem>(items["kept"]).Id);
    }

    [Fact]
    public async Task A_stale_etag_leaves_the_whole_batch_unwritten()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } }, Ct);

        await Assert.ThrowsAsync<EtagConflictException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["other"] = new PocoItem { Count = 1 }, ["item"] = new PocoStoreItem { Count = 2, ETag = "stale" } }, Ct));

        Assert.Equal(["item"], (await storage.ReadAsync(["other", "item"], Ct)).Keys);
    }

    [Fact]
    public async Task A_broken_database_makes_reads_and_writes_throw()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        await File.WriteAllTextAsync(_file.FilePath, new string('x', 8192), Ct);
        var storage = new SqliteStorage(_file.Options);

        await Assert.ThrowsAsync<SqliteException>(() => storage.ReadAsync(["key"], Ct));
        await Assert.ThrowsAsync<SqliteException>(() => storage.WriteAsync(new Dictionary<string, object> { ["key"] = new PocoItem() }, Ct));
    }

    public void Dispose() => _file.Dispose();
}
