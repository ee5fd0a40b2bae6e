using System.IO.Compression;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Deployment;

/// <summary>The packaging command (deploymentTemplates/teams/TeamsPackage.proj) builds partnerbot-teams.zip with the real bot id.</summary>
public class TeamsPackageTests
{
    private static readonly string[] DeveloperUrls = ["websiteUrl", "privacyUrl", "termsOfUseUrl"];

    private static readonly string Project = Path.Combine(DeploymentPaths.Teams, "TeamsPackage.proj");

    [Fact]
    public async Task The_package_holds_exactly_the_manifest_its_localization_and_the_two_icons_with_the_bot_id_filled_in()
    {
        var botId = Guid.NewGuid().ToString();
        using var output = new TemporaryDirectory();
        var zipPath = Path.Combine(output.Path, "partnerbot-teams.zip");

        var result = await PackageAsync(botId, zipPath);

        Assert.True(result.ExitCode == 0, result.Output);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Matches(TeamsManifestTests.GuidShape(), manifest["id"]!.GetValue<string>());
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.All(DeveloperUrls, f => Assert.StartsWith("https://", manifest["developer"]![f]!.GetValue<string>(), StringComparison.Ordinal));

        // Everything the manifest names is in the package, byte for byte as committed.
        foreach (var file in new[] { "color.png", "outline.png", "en-us.json" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(DeploymentPaths.Teams, file), TestContext.Current.CancellationToken), ReadBytes(zip, file));
        }

        Assert.Equal((192, 192), Size(PngImage.Decode(ReadBytes(zip, "color.png"))));
        Assert.Equal((32, 32), Size(PngImage.Decode(ReadBytes(zip, "outline.png"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public async Task The_packaging_command_refuses_a_missing_or_malformed_bot_id(string botId)
    {
        using var output = new TemporaryDirectory();
        var zipPath = Path.Combine(output.Path, "partnerbot-teams.zip");
        var result = await PackageAsync(botId, zipPath);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BotAppId", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private static Task<ProcessResult> PackageAsync(string botId, string zipPath) =>
        ProcessRunner.RunAsync(
            "dotnet",
            ["msbuild", Project, "-nologo", "-nodeReuse:false", $"-p:BotAppId={botId}", $"-p:PackagePath={zipPath}"],
            Path.GetDirectoryName(zipPath)!,
            TimeSpan.FromMinutes(2),
            TestContext.Current.CancellationToken);

    private static (int, int) Size(PngImage image) => (image.Width, image.Height);

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
