using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Deployment;

/// <summary>The templates compile with the pinned Bicep compiler, cleanly, and main.json is what main.bicep compiles to.</summary>
public class BicepBuildTests
{
    public static TheoryData<string> BicepFiles() => new(BicepBuild.SourceFiles());

    [Fact]
    public async Task The_compiler_succeeds_without_any_warning()
    {
        var build = await BicepBuild.GetAsync();
        Assert.True(build.Result.ExitCode == 0, $"bicep build failed:{Environment.NewLine}{build.Result.Output}");
        Assert.DoesNotContain(" : Warning ", build.Result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" : Error ", build.Result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Every_bicep_file_compiles_with_no_error_and_no_linter_warning(string file)
    {
        var build = await BicepBuild.GetAsync();
        Assert.Empty(build.DiagnosticsFor(file));
        Assert.True(File.Exists(build.CompiledPath(file)), $"{file} was not compiled:{Environment.NewLine}{build.Result.Output}");
    }

    [Fact]
    public async Task The_committed_main_json_is_what_main_bicep_compiles_to()
    {
        var build = await BicepBuild.GetAsync();
        var compiled = ArmTemplate.WithoutGeneratorMetadata(JsonNode.Parse(await File.ReadAllTextAsync(build.CompiledPath("main.bicep"), TestContext.Current.CancellationToken))!);
        var committed = ArmTemplate.WithoutGeneratorMetadata(JsonNode.Parse(await File.ReadAllTextAsync(DeploymentPaths.CommittedMainTemplate, TestContext.Current.CancellationToken))!);
        Assert.True(
            JsonNode.DeepEquals(compiled, committed),
            "deploymentTemplates/main.json is out of date: regenerate it with `bicep build deploymentTemplates/main.bicep` (see deploymentTemplates/README.md).");
    }

    [Fact]
    public async Task The_subscription_variant_takes_every_parameter_of_main_with_the_same_rules_and_passes_it_on()
    {
        var build = await BicepBuild.GetAsync();
        var main = ArmTemplate.LoadMain();
        var subscription = ArmTemplate.Load(build.CompiledPath("main.subscription.bicep"));
        Assert.Equal("resourceGroupName", subscription.Parameters.Keys.First());

        foreach (var (name, definition) in main.Parameters)
        {
            Assert.True(subscription.Parameters.TryGetValue(name, out var mirrored), $"main.subscription.bicep lacks the parameter '{name}'.");
            foreach (var rule in new[] { "type", "defaultValue", "allowedValues", "minValue", "maxValue", "minLength", "maxLength" })
            {
                // The location defaults to the resource group's in main and to the deployment's in the subscription variant.
                if (name == "location" && rule == "defaultValue")
                {
                    continue;
                }

                Assert.True(JsonNode.DeepEquals(definition[rule], mirrored[rule]), $"Parameter '{name}': '{rule}' differs between main.bicep and main.subscription.bicep.");
            }
        }

        var module = Assert.Single(subscription.Resources, r => ArmTemplate.TypeOf(r) == "Microsoft.Resources/deployments");
        var passed = module["properties"]!["parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(main.Parameters.Keys.Order(StringComparer.Ordinal), passed);
    }
}
