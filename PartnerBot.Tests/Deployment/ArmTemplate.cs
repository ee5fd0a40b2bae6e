using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Deployment;

/// <summary>A compiled ARM template (JSON) with its modules, which Bicep inlines as nested deployments.</summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(string name, JsonObject root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>"main" for the file, the module's deployment name for a nested template.</summary>
    public string Name { get; }

    public JsonObject Root { get; }

    public static ArmTemplate Load(string path) =>
        new(Path.GetFileNameWithoutExtension(path), JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>The committed deploymentTemplates/main.json.</summary>
    public static ArmTemplate LoadMain() => Load(DeploymentPaths.CommittedMainTemplate);

    public IReadOnlyDictionary<string, JsonObject> Parameters => Section("parameters");

    public IReadOnlyDictionary<string, JsonObject> Outputs => Section("outputs");

    /// <summary>This template's own resources (an array, or an object keyed by symbolic name in language version 2.0).</summary>
    public IEnumerable<JsonObject> Resources => Root["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>This template and every module template in it, depth first.</summary>
    public IEnumerable<ArmTemplate> SelfAndModules()
    {
        yield return this;
        foreach (var deployment in Resources.Where(r => TypeOf(r) == "Microsoft.Resources/deployments"))
        {
            if (deployment["properties"]?["template"] is JsonObject template)
            {
                var nested = new ArmTemplate(deployment["name"]?.GetValue<string>() ?? "(module)", template);
                foreach (var inner in nested.SelfAndModules())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Every resource of this template and its modules with the given type.</summary>
    public IReadOnlyList<JsonObject> ResourcesOfType(string type) =>
        SelfAndModules().SelectMany(t => t.Resources).Where(r => string.Equals(TypeOf(r), type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The one resource of the given type.</summary>
    public JsonObject Single(string type)
    {
        var matches = ResourcesOfType(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type} in the template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The web app's app settings: name → value (a literal or an ARM expression).</summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var settings = Single("Microsoft.Web/sites")["properties"]?["siteConfig"]?["appSettings"] as JsonArray
            ?? throw new InvalidOperationException("The web app's siteConfig.appSettings must be a literal array so that its names can be checked.");
        return settings.OfType<JsonObject>().ToDictionary(
            s => s["name"]!.GetValue<string>(),
            s => Text(s["value"]),
            StringComparer.Ordinal);
    }

    /// <summary>The JSON text of a node as written in the file (no \u0027-style escaping), for searching expressions.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(Relaxed),
    };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string TypeOf(JsonObject resource) => resource["type"]?.GetValue<string>() ?? "";

    /// <summary>A copy of the JSON without the compiler's "_generator" metadata (version and hash), which may differ between compiler builds.</summary>
    public static JsonNode WithoutGeneratorMetadata(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("_generator");
                foreach (var (_, value) in obj.ToList())
                {
                    Strip(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }
    }

    private Dictionary<string, JsonObject> Section(string name) =>
        (Root[name] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal)
        ?? new Dictionary<string, JsonObject>(StringComparer.Ordinal);
}
