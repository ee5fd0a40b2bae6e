using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartnerBot.Tests.Storage;

/// <summary>The Bot Framework storage contract as the SDK's MemoryStorage keeps it; every IStorage of PartnerBot runs it.</summary>
public abstract partial class StorageContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store; <paramref name="serializer"/> as MemoryStorage takes it (null = its default).</summary>
    protected abstract Task<IStorage> CreateStorageAsync(JsonSerializer? serializer = null);

    [Fact]
    public async Task Reading_an_unknown_key_returns_no_entry()
    {
        var storage = await CreateStorageAsync();
        var items = await storage.ReadAsync(["unknown"], Ct);
        Assert.NotNull(items);
        Assert.Empty(items);
    }

    [Fact]
    public async Task A_batch_read_returns_only_the_keys_that_exist()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new PocoItem { Id = "1" }, ["c"] = new PocoItem { Id = "3" } }, Ct);

        var items = await storage.ReadAsync(["a", "b", "c"], Ct);

        Assert.Equal(["a", "c"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("3", Map<PocoItem>(items["c"]).Id);
    }

    [Fact]
    public async Task Objects_are_created_updated_and_deleted()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Id = "1", Count = 1, Tags = ["x"] }, ["item"] = new PocoStoreItem { Id = "2", Count = 1 } }, Ct);

        var read = await storage.ReadAsync(["poco", "item"], Ct);
        var poco = Map<PocoItem>(read["poco"]);
        var item = Map<PocoStoreItem>(read["item"]);
        Assert.Equal(("1", 1, "x"), (poco.Id, poco.Count, Assert.Single(poco.Tags)));
        Assert.Equal(("2", 1), (item.Id, item.Count));
        Assert.False(string.IsNullOrEmpty(item.ETag));

        poco.Count = 2;
        item.Count = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = poco, ["item"] = item }, Ct);
        read = await storage.ReadAsync(["poco", "item"], Ct);
        Assert.Equal(2, Map<PocoItem>(read["poco"]).Count);
        Assert.Equal(2, Map<PocoStoreItem>(read["item"]).Count);

        await storage.DeleteAsync(["poco"], Ct);
        Assert.Equal(["item"], (await storage.ReadAsync(["poco", "item"], Ct)).Keys);
    }

    [Fact]
    public async Task Deleting_an_unknown_key_does_nothing()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["kept"] = new PocoItem { Id = "1" } }, Ct);

        await storage.DeleteAsync(["unknown"], Ct);

        Assert.Single(await storage.ReadAsync(["kept"], Ct));
    }

    [Fact]
    public async Task Null_key_arrays_and_change_sets_are_rejected()
    {
        var storage = await CreateStorageAsync();
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.ReadAsync(null!, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.DeleteAsync(null!, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.WriteAsync(null!, Ct));
    }

    [Fact]
    public async Task Empty_change_sets_and_key_arrays_do_nothing()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["kept"] = new PocoItem { Id = "1" } }, Ct);

        await storage.WriteAsync(new Dictionary<string, object>(), Ct);
        await storage.DeleteAsync([], Ct);

        Assert.Empty(await storage.ReadAsync([], Ct));
        Assert.Single(await storage.ReadAsync(["kept"], Ct));
    }

    [Fact]
    public async Task Writing_null_removes_the_entry()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new PocoItem { Id = "1" } }, Ct);

        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = null! }, Ct);

        Assert.Empty(await storage.ReadAsync(["gone"], Ct));
    }

    public static TheoryData<string> OddKeys() =>
    [
        "!@#$%^&*()~/\\><,.?';\"`~",
        new string('k', 1000),
        string.Concat(Enumerable.Repeat("Grüße-😀-日本", 100)),
        "'; DROP TABLE bot_state; --",
        "key\twith\nwhitespace ",
        "emulator/users/Ünïcode",
    ];

    [Theory]
    [MemberData(nameof(OddKeys))]
    public async Task Odd_keys_round_trip(string key)
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoStoreItem { Id = key } }, Ct);

        var items = await storage.ReadAsync([key], Ct);

        Assert.Equal(key, Map<PocoStoreItem>(Assert.Contains(key, items)).Id);
    }

    [Fact]
    public async Task Odd_keys_never_collide()
    {
        var storage = await CreateStorageAsync();
        var keys = OddKeys().Select(row => (string)row.Data).Concat(["Key", "key", "KEY", "key ", "k", new string('k', 999)]).ToArray();
        await storage.WriteAsync(keys.ToDictionary(k => k, k => (object)new PocoItem { Id = k }), Ct);

        var items = await storage.ReadAsync(keys, Ct);

        Assert.Equal(keys.Length, items.Count);
        Assert.All(keys, k => Assert.Equal(k, Map<PocoItem>(items[k]).Id));
    }

    [Fact]
    public async Task Objects_come_back_as_their_own_types_as_MemoryStorage_hands_them_out()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Id = "1" } }, Ct);
        var expected = await ReferenceReadAsync(null, new PocoItem { Id = "1" });

        var actual = (await storage.ReadAsync(["poco"], Ct))["poco"];

        Assert.IsType<PocoItem>(expected);
        Assert.Equal("1", Assert.IsType<PocoItem>(actual).Id);
    }

    [Fact]
    public async Task A_given_serializer_is_used_as_MemoryStorage_uses_it()
    {
        var serializer = new JsonSerializer { TypeNameHandling = TypeNameHandling.None, MaxDepth = null };
        var storage = await CreateStorageAsync(serializer);
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "2" } }, Ct);
        var expected = await ReferenceReadAsync(serializer, new PocoStoreItem { Id = "2" });

        var actual = (await storage.ReadAsync(["item"], Ct))["item"];

        Assert.IsType<JObject>(expected);
        var item = Map<PocoStoreItem>(Assert.IsType<JObject>(actual));
        Assert.Equal("2", item.Id);
        Assert.False(string.IsNullOrEmpty(item.ETag));
    }

    [Fact]
    public async Task Deeply_nested_objects_round_trip()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["deep"] = NestedItem.Build(127) }, Ct);

        var item = Map<NestedItem>((await storage.ReadAsync(["deep"], Ct))["deep"]);

        var levels = 1;
        while (item.Child is not null)
        {
            Assert.Equal(levels, item.Depth);
            item = item.Child;
            levels++;
        }

        Assert.Equal(127, levels);
        Assert.Equal(127, item.Depth);
    }

    [Fact]
    public async Task User_state_persists_through_turns()
    {
        var storage = await CreateStorageAsync();
        var context = BotStateTurns.Context("emulator", "user-1", "conversation-1");
        var userState = new UserState(storage);
        var name = userState.CreateProperty<string>("name");
        await userState.LoadAsync(context, false, Ct);
        await name.SetAsync(context, "Anna", Ct);
        await userState.SaveChangesAsync(context, false, Ct);

        var later = new UserState(storage);
        var again = BotStateTurns.Context("emulator", "user-1", "conversation-2");
        await later.LoadAsync(again, false, Ct);

        Assert.Equal("Anna", await later.CreateProperty<string>("name").GetAsync(again, () => "", Ct));
        Assert.Contains("emulator/users/user-1", await storage.ReadAsync(["emulator/users/user-1"], Ct));
    }

    /// <summary>What the SDK's MemoryStorage returns for the same write: the reference every store is held to.</summary>
    protected static async Task<object> ReferenceReadAsync(JsonSerializer? serializer, object value)
    {
        var memory = serializer is null ? new MemoryStorage() : new MemoryStorage(serializer);
        await memory.WriteAsync(new Dictionary<string, object> { ["x"] = value }, Ct);
        return (await memory.ReadAsync(["x"], Ct))["x"];
    }

    protected static T Map<T>(object value) => value switch
    {
        T typed => typed,
        JToken json => json.ToObject<T>(JsonSerializer.Create(new JsonSerializerSettings { MaxDepth = null }))!,
        _ => throw new InvalidOperationException($"Unexpected {value.GetType()}"),
    };
}
