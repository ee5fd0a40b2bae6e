using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Profiles;

/// <summary>A profile's answers: one JSON value per field of the interview's questions ("name", "timeframe", "email", …), keyed by field name.</summary>
/// <remarks>
/// The questions define the fields (see <c>Interview.Questions</c>); this map only holds them, so a new question needs no new property
/// anywhere. Text fields hold a JSON string, structured ones an object in the API's camelCase shape (<see cref="TimeframeValue"/>,
/// <see cref="BudgetValue"/>). Both JSON libraries read and write it as a plain object of fields, which also reads the state an earlier
/// version stored (PascalCase properties, Newtonsoft <c>$type</c> markers).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProfileAnswersJsonConverter))]
[Newtonsoft.Json.JsonConverter(typeof(ProfileAnswersNewtonsoftConverter))]
public sealed class ProfileAnswers
{
    /// <summary>How structured values are written and read: the API's camelCase, without nulls.</summary>
    public static readonly JsonSerializerOptions ValueOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Dictionary<string, JsonNode> _values = new(StringComparer.Ordinal);

    /// <summary>The fields that have a value, in the order they were given.</summary>
    public IEnumerable<string> Fields => _values.Keys;

    /// <summary>How many fields have a value.</summary>
    public int Count => _values.Count;

    /// <summary>True when the field has a value.</summary>
    public bool Has(string field) => _values.ContainsKey(field);

    /// <summary>The field's JSON value, or null.</summary>
    public JsonNode? this[string field] => _values.GetValueOrDefault(field);

    /// <summary>The field's value as text: a text field's string, or null for a structured one.</summary>
    public string? Text(string field) =>
        _values.GetValueOrDefault(field) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The field's structured value, or null.</summary>
    public T? Get<T>(string field) where T : class =>
        _values.GetValueOrDefault(field) is JsonObject value ? value.Deserialize<T>(ValueOptions) : null;

    /// <summary>Sets a field; null removes it.</summary>
    public void Set(string field, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        if (value is null)
        {
            _values.Remove(field);
        }
        else
        {
            _values[field] = value.Parent is null ? value : value.DeepClone();
        }
    }

    /// <summary>Sets a text field; null removes it.</summary>
    public void SetText(string field, string? text) => Set(field, text is null ? null : JsonValue.Create(text));

    /// <summary>Sets a structured field; null removes it.</summary>
    public void Set<T>(string field, T? value) where T : class =>
        Set(field, value is null ? null : JsonSerializer.SerializeToNode(value, ValueOptions));

    /// <summary>Removes every value.</summary>
    public void Clear() => _values.Clear();

    /// <summary>An independent copy.</summary>
    public ProfileAnswers Clone() => FromObject(ToObject());

    /// <summary>The answers as one JSON object.</summary>
    public JsonObject ToObject()
    {
        var json = new JsonObject();
        foreach (var (field, value) in _values)
        {
            json[field] = value.DeepClone();
        }

        return json;
    }

    /// <summary>The answers as JSON text (what the stores keep in <c>answers</c>).</summary>
    public string ToJson() => ToObject().ToJsonString();

    /// <summary>What the owner's free-text search finds the answers by: every text in them (the customer's words, addresses, dates),
    /// lower case, one per line.</summary>
    public string SearchText()
    {
        var texts = new List<string>();
        foreach (var value in _values.Values)
        {
            Collect(value, texts);
        }

        return string.Join('\n', texts).ToLowerInvariant();

        static void Collect(JsonNode? node, List<string> texts)
        {
            switch (node)
            {
                case JsonValue value when value.TryGetValue<string>(out var text):
                    texts.Add(text);
                    break;
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                    {
                        Collect(child, texts);
                    }

                    break;
            }
        }
    }

    /// <summary>Answers from JSON text; empty for null or blank text.</summary>
    public static ProfileAnswers FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new ProfileAnswers() : FromObject(JsonNode.Parse(json) as JsonObject);

    /// <summary>Answers from a JSON object: field names are read case-insensitively into camelCase, nulls and <c>$type</c> markers are skipped.</summary>
    public static ProfileAnswers FromObject(JsonObject? json)
    {
        var answers = new ProfileAnswers();
        foreach (var (key, value) in json ?? [])
        {
            if (value is not null && !key.StartsWith('$'))
            {
                answers._values[CamelCase(key)] = Tidy(value.DeepClone());
            }
        }

        return answers;
    }

    private static JsonNode Tidy(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }

        var tidy = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (value is not null && !key.StartsWith('$'))
            {
                tidy[CamelCase(key)] = Tidy(value.DeepClone());
            }
        }

        return tidy;
    }

    private static string CamelCase(string key) =>
        key.Length > 0 && char.IsUpper(key[0]) ? char.ToLowerInvariant(key[0]) + key[1..] : key;
}
