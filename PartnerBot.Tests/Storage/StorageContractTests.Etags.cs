using Microsoft.Bot.Builder;

namespace PartnerBot.Tests.Storage;

/// <summary>The contract's optimistic concurrency: ETags of store items, last-writer-wins for plain objects, parallel writes.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Every_write_of_a_store_item_gets_a_new_etag()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1" } }, Ct);
        var first = Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]);

        first.Count = 1;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = first }, Ct);
        var second = Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]);

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.False(string.IsNullOrEmpty(second.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public async Task A_stale_etag_throws_and_leaves_the_stored_value()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } }, Ct);
        var stale = Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]);
        var fresh = Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]);
        fresh.Count = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = fresh }, Ct);

        stale.Count = 99;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = stale }, Ct));

        Assert.StartsWith("Etag conflict", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]).Count);
    }

    [Fact]
    public async Task A_wildcard_etag_overwrites()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } }, Ct);

        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 100, ETag = "*" } }, Ct);

        var item = Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]);
        Assert.Equal(100, item.Count);
        Assert.NotEqual("*", item.ETag);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_missing_etag_on_an_existing_store_item_is_rejected(string? etag)
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } }, Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 5, ETag = etag } }, Ct));

        Assert.Equal(1, Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]).Count);
    }

    [Fact]
    public async Task A_store_item_with_an_etag_creates_a_missing_key_once()
    {
        var storage = await CreateStorageAsync();
        var item = new PocoStoreItem { Id = "1", Count = 1, ETag = "made-up" };

        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = item }, Ct);
        item.Count = 2;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = item }, Ct));

        Assert.StartsWith("Etag conflict", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Map<PocoStoreItem>((await storage.ReadAsync(["item"], Ct))["item"]).Count);
    }

    [Fact]
    public async Task Plain_objects_are_last_writer_wins()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 1 } }, Ct);

        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 2 } }, Ct);
        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 3 } }, Ct);

        Assert.Equal(3, Map<PocoItem>((await storage.ReadAsync(["poco"], Ct))["poco"]).Count);
    }

    [Fact]
    public async Task Three_parallel_writes_leave_a_readable_object()
    {
        var storage = await CreateStorageAsync();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(
            () => storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Id = "1", Count = i } }, Ct), Ct)));

        var poco = Map<PocoItem>((await storage.ReadAsync(["poco"], Ct))["poco"]);
        Assert.Equal("1", poco.Id);
        Assert.InRange(poco.Count, 0, 2);
    }
}
