using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Linq;

namespace PartnerBot.Storage;

/// <summary>The stored form of one conversation's or user's state: a versioned envelope of System.Text.Json documents, one per property.</summary>
/// <remarks>Format 1: <c>{"format":"partnerbot-state","version":1,"properties":{"InterviewState":{…}}}</c>. The state classes are serialised
/// as they are (no per-field code), so a changed class needs no change here. State written by earlier versions (the Bot Framework's
/// Newtonsoft JSON with <c>$type</c> names) is still read. A property this build does not know is kept as it was stored.</remarks>
public sealed class StateEnvelope(StateProperties properties)
{
    /// <summary>The envelope's format name.</summary>
    public const string FormatName = "partnerbot-state";

    /// <summary>The envelope version this build writes (and the newest it reads).</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        // The legacy state has the C# names; names are matched without regard to case so either spelling reads.
        PropertyNameCaseInsensitive = true,
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The envelope of an empty state, as a missing document reads.</summary>
    public string Empty { get; } = Write(new Dictionary<string, object>(), properties);

    /// <summary>Serialises the state's properties into an envelope.</summary>
    public string Write(IDictionary<string, object> state) => Write(state, properties);

    /// <summary>The state's properties from a stored document (either format); an empty state for null.</summary>
    /// <exception cref="InvalidDataException">The document is not state, or of a newer version than this build reads.</exception>
    public Dictionary<string, object> Read(string? document)
    {
        var state = new Dictionary<string, object>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(document))
        {
            return state;
        }

        using var parsed = Parse(document);
        var root = parsed.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("Stored state is not a JSON object.");
        }

        if (!root.TryGetProperty("format", out var format))
        {
            return ReadLegacy(document);
        }

        var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var number) ? number : 0;
        if (format.GetString() != FormatName || version is < 1 or > Version)
        {
            throw new InvalidDataException($"Stored state has format '{format}' version {version}; this build reads {FormatName} up to version {Version}.");
        }

        foreach (var property in root.GetProperty("properties").EnumerateObject())
        {
            state[property.Name] = ToValue(property.Name, property.Value);
        }

        return state;
    }

    private static string Write(IDictionary<string, object> state, StateProperties properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", Version);
            writer.WriteStartObject("properties");
            foreach (var (name, value) in state.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, properties.TypeOf(name) ?? value?.GetType() ?? typeof(object), Options);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private object ToValue(string name, JsonElement value) =>
        properties.TypeOf(name) is { } type
            ? value.Deserialize(type, Options) ?? throw new InvalidDataException($"Stored state property '{name}' is null.")
            : value.Clone();

    /// <summary>The SDK's format: Newtonsoft JSON with <c>$type</c> on every object and lists as <c>{"$type":…,"$values":[…]}</c>.</summary>
    private Dictionary<string, object> ReadLegacy(string document)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(document)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None, MaxDepth = null };
        var legacy = (JObject)WithoutTypeNames(JToken.ReadFrom(reader));
        var state = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in legacy.Properties())
        {
            using var value = Parse(property.Value.ToString(Newtonsoft.Json.Formatting.None));
            state[property.Name] = ToValue(property.Name, value.RootElement);
        }

        return state;
    }

    private static JToken WithoutTypeNames(JToken token) => token switch
    {
        JObject o when o.TryGetValue("$values", out var values) => WithoutTypeNames(values),
        JObject o => new JObject(o.Properties().Where(p => !p.Name.StartsWith('$')).Select(p => new JProperty(p.Name, WithoutTypeNames(p.Value)))),
        JArray a => new JArray(a.Select(WithoutTypeNames)),
        _ => token,
    };

    private static JsonDocument Parse(string document)
    {
        try
        {
            return JsonDocument.Parse(document);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("Stored state is not valid JSON.", exception);
        }
    }
}
