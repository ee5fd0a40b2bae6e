using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Deployment;

/// <summary>The Teams app: a manifest with the required fields in German and English, the two icons at their sizes.</summary>
public partial class TeamsManifestTests
{
    public const string BotIdPlaceholder = "{{BOT_APP_ID}}";

    private readonly JsonNode _manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.Teams, "manifest.json")))!;

    [Fact]
    public void The_manifest_uses_a_current_schema_version()
    {
        var version = _manifest["manifestVersion"]!.GetValue<string>();
        Assert.True(Version.Parse(version) >= new Version(1, 17), $"manifestVersion {version} is older than 1.17.");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", _manifest["$schema"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+$", _manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public void The_manifest_has_the_required_fields()
    {
        Assert.Matches(GuidShape(), _manifest["id"]!.GetValue<string>());
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace(_manifest["developer"]?[field]?.GetValue<string>()), $"developer.{field} is missing.");
        }

        AssertNamesAndDescriptions(_manifest["name"]!["short"], _manifest["name"]!["full"], _manifest["description"]!["short"], _manifest["description"]!["full"]);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", _manifest["accentColor"]!.GetValue<string>());
        Assert.Equal("color.png", _manifest["icons"]!["color"]!.GetValue<string>());
        Assert.Equal("outline.png", _manifest["icons"]!["outline"]!.GetValue<string>());
    }

    [Fact]
    public void The_bot_is_personal_and_its_id_is_filled_in_when_packaging()
    {
        var bot = Assert.Single(_manifest["bots"]!.AsArray())!;
        Assert.Equal(BotIdPlaceholder, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void German_is_the_default_language_and_english_is_a_localization_file()
    {
        Assert.Equal("de-de", _manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(_manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en-us", english["languageTag"]!.GetValue<string>());
        var localization = JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.Teams, english["file"]!.GetValue<string>())))!;
        AssertNamesAndDescriptions(localization["name.short"], localization["name.full"], localization["description.short"], localization["description.full"]);
        Assert.NotEqual(_manifest["description"]!["short"]!.GetValue<string>(), localization["description.short"]!.GetValue<string>());

        // Every translated key names something that exists in the manifest.
        foreach (var (key, _) in localization.AsObject().Where(p => p.Key != "$schema"))
        {
            Assert.True(Resolve(_manifest, key) is not null, $"en-us.json translates '{key}', which the manifest does not have.");
        }
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_opaque_on_the_accent_colour()
    {
        var icon = PngImage.Load(Path.Combine(DeploymentPaths.Teams, "color.png"));
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        var (r, g, b, _) = icon[0, 0];
        Assert.Equal(_manifest["accentColor"]!.GetValue<string>(), $"#{r:X2}{g:X2}{b:X2}", StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Load(Path.Combine(DeploymentPaths.Teams, "outline.png"));
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha, "The outline icon needs an alpha channel.");
        Assert.Equal(0, icon[0, 0].A);
        Assert.Equal(0, icon[31, 31].A);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    private static void AssertNamesAndDescriptions(JsonNode? shortName, JsonNode? fullName, JsonNode? shortDescription, JsonNode? fullDescription)
    {
        AssertText(shortName, 30);
        AssertText(fullName, 100);
        AssertText(shortDescription, 80);
        AssertText(fullDescription, 4000);
    }

    private static void AssertText(JsonNode? node, int maxLength)
    {
        var text = node?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.True(text.Length <= maxLength, $"'{text}' is longer than {maxLength} characters.");
    }

    /// <summary>Follows a localization key such as <c>bots[0].commandLists[0].commands[1].title</c> or <c>name.short</c>.</summary>
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        var node = root;
        foreach (var part in key.Split('.'))
        {
            var match = IndexedName().Match(part);
            node = node?[match.Groups["name"].Value];
            if (match.Groups["index"].Success)
            {
                var array = node as JsonArray;
                var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = array is not null && index < array.Count ? array[index] : null;
            }
        }

        return node;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    internal static partial Regex GuidShape();

    [GeneratedRegex(@"^(?<name>[^\[]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex IndexedName();
}
