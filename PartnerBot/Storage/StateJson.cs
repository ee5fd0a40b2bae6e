using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartnerBot.Storage;

/// <summary>How bot state is turned into stored JSON and back, and the ETag rules of the SDK's <see cref="MemoryStorage"/>.</summary>
internal static class StateJson
{
    /// <summary>The settings of the SDK's MemoryStorage (4.23): type names on every object, so values come back as their own
    /// types; reference loops are errors; no depth limit.</summary>
    /// <remarks>Type names are trusted because only the bot writes this database, as with MemoryStorage and the SDK's Cosmos DB store.</remarks>
    public static JsonSerializer CreateDefaultSerializer() => new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
    };

    /// <summary>A write's stored document and the ETag it is checked against.</summary>
    public sealed record Change(string Key, string? Document, bool CheckEtag, string? ExpectedEtag, string? NewEtag);

    /// <summary>Turns one change of <see cref="IStorage.WriteAsync"/> into its stored form; a null value means "remove".</summary>
    public static Change Prepare(string key, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            return new Change(key, null, CheckEtag: false, ExpectedEtag: null, NewEtag: null);
        }

        var state = JObject.FromObject(value, serializer);
        if (value is not IStoreItem item)
        {
            // Plain objects (JObject included, as in SDK 4.23) are last-writer-wins; an "ETag" they carry is just data.
            return new Change(key, Serialize(state), CheckEtag: false, ExpectedEtag: null, NewEtag: EtagOf(state));
        }

        var expected = item.ETag;
        var newEtag = Guid.NewGuid().ToString("N");
        state["ETag"] = newEtag;
        return new Change(key, Serialize(state), CheckEtag: expected != "*", expected, newEtag);
    }

    /// <summary>Reads a stored document back the way MemoryStorage hands it out.</summary>
    public static object Read(string document, JsonSerializer serializer)
    {
        using var reader = new JsonTextReader(new StringReader(document)) { MaxDepth = null, DateParseHandling = DateParseHandling.None };
        var state = JObject.Load(reader);
        return state.ToObject<object>(serializer)!;
    }

    private static string Serialize(JObject state) => state.ToString(Formatting.None);

    private static string? EtagOf(JObject state) => state.TryGetValue("ETag", out var etag) switch
    {
        false => null,
        true when etag is JValue { Value: null } => null,
        true when etag is JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => etag!.ToString(Formatting.None),
    };
}
