using System.Net;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Deployment;

/// <summary>The Release publish is complete: it starts outside the source tree as App Service starts it and serves what it should.</summary>
public partial class PublishTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    /// <summary>How App Service starts the app (the template's appCommandLine), run in the publish directory.</summary>
    public const string StartCommand = "dotnet PartnerBot.dll";

    /// <summary>The Web Chat bundle, installed by npm at build time and published with the app.</summary>
    private static readonly string BundlePath = Path.Combine("wwwroot", "webchat", PartnerBot.WebChat.WebChatAssets.BundleName);

    [Fact]
    public void The_publish_succeeds_outside_the_source_tree()
    {
        Assert.True(app.Publish?.ExitCode == 0, $"dotnet publish failed:{Environment.NewLine}{app.Publish?.Output}");
        Assert.False(
            Path.GetFullPath(app.PublishDirectory).StartsWith(DeploymentPaths.RepositoryRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal),
            "The publish directory must be outside the source tree.");
        Assert.True(File.Exists(Path.Combine(app.PublishDirectory, "PartnerBot.dll")));
        Assert.True(File.Exists(Path.Combine(app.PublishDirectory, "PartnerBot.runtimeconfig.json")));
    }

    [Fact]
    public void The_published_app_started_with_dotnet_PartnerBot_dll_answers_healthz_with_200()
    {
        Assert.True(app.Publish?.ExitCode == 0, $"dotnet publish failed:{Environment.NewLine}{app.Publish?.Output}");
        Assert.True(
            app.HealthStatus == HttpStatusCode.OK,
            $"GET /healthz answered {app.HealthStatus?.ToString() ?? "nothing"} within the time allowed. The app's console:{Environment.NewLine}{app.Log}");
    }

    [Fact]
    public async Task The_published_app_serves_the_page_and_every_local_file_it_references()
    {
        Assert.True(app.HealthStatus == HttpStatusCode.OK, $"The published app is not up. Its console:{Environment.NewLine}{app.Log}");
        Assert.True(File.Exists(Path.Combine(app.PublishDirectory, BundlePath)), $"The publish has no {BundlePath}.");

        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();
        using var page = await client.GetAsync("/", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);

        var references = LocalReference().Matches(html).Select(m => m.Groups["url"].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(references, r => r.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || r.Contains(".js?", StringComparison.OrdinalIgnoreCase));
        foreach (var reference in references)
        {
            using var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/"), reference), cancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"The page references {reference}, which answers {response.StatusCode}.");
        }
    }

    // src="…" and href="…" of scripts, stylesheets and images served by the app itself (not other sites, anchors or data).
    [GeneratedRegex("""(?:src|href)\s*=\s*["'](?<url>(?!(?:[a-z]+:|//|#))[^"'?#]+\.(?:js|mjs|css|png|svg|ico|woff2?)(?:\?[^"']*)?)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex LocalReference();
}
