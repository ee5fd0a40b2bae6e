using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartnerBot.Storage;

/// <summary>How bot state is turned into stored JSON and back, and the ETag rules of the SDK's <see cref="MemoryStorage"/>.</summary>
internal static class StateJson
{
    /// <summary>The SDK's MemoryStorage settings (no type names, reference loops are errors), without the 64-level read limit.</summary>
    public static JsonSerializer CreateDefaultSerializer() => new()
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
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
        string? expected;
        if (value is IStoreItem item)
        {
            expected = item.ETag;
        }
        else if (value is JObject json && json.ContainsKey("ETag"))
        {
            expected = json.Value<string>("ETag");
        }
        else
        {
            // Plain objects are last-writer-wins; whatever "ETag" they carry is just data.
            return new Change(key, Serialize(state), CheckEtag: false, ExpectedEtag: null, NewEtag: EtagOf(state));
        }

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
