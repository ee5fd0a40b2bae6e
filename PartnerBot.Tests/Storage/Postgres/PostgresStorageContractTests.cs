using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Npgsql;
using PartnerBot.Storage;
using PartnerBot.Storage.Postgres;

namespace PartnerBot.Tests.Storage.Postgres;

public sealed class PostgresStorageContractTests(PostgresTestDatabase database) : StorageContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IStorage> CreateStorageAsync(JsonSerializer? serializer = null) =>
        new PostgresStorage(await database.OpenCleanAsync(), serializer);

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
    public async Task Two_instances_cannot_both_win_an_etag_race()
    {
        var first = await CreateStorageAsync();
        var second = new PostgresStorage(new PostgresDatabase(new PostgresStorageOptions { ConnectionString = await database.ConnectionStringAsync() }));
        await first.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 0 } }, Ct);
        var etag = Map<PocoStoreItem>((await first.ReadAsync(["item"], Ct))["item"]).ETag;

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(async () =>
        {
            var storage = i % 2 == 0 ? first : second;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = i, ETag = etag } }, Ct);
                return true;
            }
            catch (EtagConflictException)
            {
                return false;
            }
        }, Ct)));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task A_database_that_is_down_makes_reads_and_writes_throw()
    {
        var down = new NpgsqlConnectionStringBuilder(await database.ConnectionStringAsync()) { Host = "127.0.0.1", Port = 1, Timeout = 2 };
        await using var unreachable = new PostgresDatabase(new PostgresStorageOptions { ConnectionString = down.ConnectionString });
        var storage = new PostgresStorage(unreachable);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => storage.ReadAsync(["key"], Ct));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => storage.WriteAsync(new Dictionary<string, object> { ["key"] = new PocoItem() }, Ct));
    }
}
