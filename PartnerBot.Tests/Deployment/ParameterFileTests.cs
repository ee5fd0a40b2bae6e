using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Deployment;

/// <summary>The small and production parameter files fit main.json and hold no secret.</summary>
public class ParameterFileTests
{
    public static TheoryData<string> ParameterFiles() => new(Files());

    [Fact]
    public void There_is_a_small_and_a_production_parameter_file()
    {
        Assert.Equal(["main.production.parameters.json", "main.small.parameters.json"], Files());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Every_value_is_a_parameter_of_main_with_an_allowed_value_and_none_is_secret(string file)
    {
        var main = ArmTemplate.LoadMain();
        var values = Values(file);
        foreach (var (name, value) in values)
        {
            Assert.True(main.Parameters.TryGetValue(name, out var definition), $"{file}: '{name}' is not a parameter of main.bicep.");
            var type = definition["type"]!.GetValue<string>();
            Assert.False(type.StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"{file}: '{name}' is secret; pass it on the command line, not in a file.");
            if (definition["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(allowed, a => JsonNode.DeepEquals(a, value));
            }

            if (definition["minValue"] is JsonNode min)
            {
                Assert.True(value!.GetValue<int>() >= min.GetValue<int>(), $"{file}: '{name}' is below its minimum.");
            }

            if (definition["maxValue"] is JsonNode max)
            {
                Assert.True(value!.GetValue<int>() <= max.GetValue<int>(), $"{file}: '{name}' is above its maximum.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Every_required_parameter_that_is_not_secret_is_given(string file)
    {
        var values = Values(file);
        var required = ArmTemplate.LoadMain().Parameters
            .Where(p => p.Value["defaultValue"] is null && !p.Value["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key);
        Assert.All(required, name => Assert.True(values.ContainsKey(name), $"{file} lacks the required parameter '{name}'."));
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(DeploymentPaths.Templates, "*.parameters.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static Dictionary<string, JsonNode?> Values(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.Templates, file)))!;
        return root["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!["value"], StringComparer.Ordinal);
    }
}
