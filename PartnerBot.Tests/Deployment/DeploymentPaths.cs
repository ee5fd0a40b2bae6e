using System.Reflection;

namespace PartnerBot.Tests.Deployment;

/// <summary>Where the repository, the deployment templates and the Bicep compiler are (baked in by the test project at build time).</summary>
internal static class DeploymentPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Templates { get; } = Path.Combine(RepositoryRoot, "deploymentTemplates");

    public static string Teams { get; } = Path.Combine(Templates, "teams");

    public static string CommittedMainTemplate { get; } = Path.Combine(Templates, "main.json");

    /// <summary>The bicep executable from the Azure.Bicep.CommandLine.linux-x64 package that restore downloaded.</summary>
    public static string Bicep { get; } = Path.Combine(Metadata("BicepPackageDirectory"), "tools", "bicep");

    private static string Metadata(string key) =>
        typeof(DeploymentPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see PartnerBot.Tests.csproj.");
}
