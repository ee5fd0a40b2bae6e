using System.Reflection;
using PartnerBot.Bots;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Deployment;

/// <summary>The app settings the template writes are the ones the app reads: every name is checked against the app's own options classes.</summary>
public class AppSettingsTests
{
    /// <summary>Settings read by App Service or ASP.NET Core itself rather than by an options class of the app.</summary>
    private static readonly Dictionary<string, string> PlatformSettings = new(StringComparer.Ordinal)
    {
        ["Urls"] = "ASP.NET Core's listening address; overrides the local port in appsettings.json",
        ["WEBSITES_PORT"] = "the port App Service forwards to",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "Application Insights",
        ["ApplicationInsightsAgent_EXTENSION_VERSION"] = "App Service's Application Insights agent",
    };

    private static readonly Dictionary<string, Type> OptionsBySection = typeof(Program).Assembly.GetTypes()
        .Select(type => (type, field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
        .Where(t => t.field is { IsLiteral: true } && t.field.FieldType == typeof(string))
        .ToDictionary(t => (string)t.field!.GetRawConstantValue()!, t => t.type, StringComparer.Ordinal);

    public static TheoryData<string> TemplateSettings() => new(ArmTemplate.LoadMain().AppSettings().Keys);

    [Theory]
    [MemberData(nameof(TemplateSettings))]
    public void Every_setting_the_template_writes_is_read_by_the_app(string setting)
    {
        if (PlatformSettings.ContainsKey(setting))
        {
            return;
        }

        var path = setting.Split("__");
        if (path[0] == "ConnectionStrings")
        {
            Assert.Equal(["ConnectionStrings", StorageOptions.ConnectionStringName], path);
            return;
        }

        var (section, propertyPath) = path.Length == 1 ? (MicrosoftAppOptions.SectionName, path) : (path[0], path[1..]);
        Assert.True(
            OptionsBySection.TryGetValue(section, out var options),
            $"The template writes '{setting}', but no options class of the app has SectionName \"{section}\".");

        var type = options!;
        foreach (var name in propertyPath)
        {
            if (type.IsArray && int.TryParse(name, out _))
            {
                // An array's entries are written as Section__Name__0, Section__Name__1, …
                type = type.GetElementType()!;
                continue;
            }

            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property?.SetMethod?.IsPublic == true, $"The template writes '{setting}', but {type.FullName} has no settable property '{name}'.");
            type = property!.PropertyType;
        }
    }

    [Fact]
    public void The_template_writes_every_registration_setting_the_adapter_reads()
    {
        var settings = ArmTemplate.LoadMain().AppSettings();
        var registration = typeof(MicrosoftAppOptions).GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name);
        Assert.All(registration, name => Assert.True(settings.ContainsKey(name), $"The template does not write '{name}'."));
    }

    [Fact]
    public void The_template_writes_the_storage_settings()
    {
        var settings = ArmTemplate.LoadMain().AppSettings();
        Assert.Contains($"{StorageOptions.SectionName}__{nameof(StorageOptions.Provider)}", settings.Keys);
        Assert.Contains($"ConnectionStrings__{StorageOptions.ConnectionStringName}", settings.Keys);
    }

    [Fact]
    public void The_template_writes_the_owner_settings_a_deployment_needs_under_the_apps_names()
    {
        // The owner's optional settings (SMTP, Entra ID, time zone, …) keep their defaults unless a business sets them;
        // these three every deployment needs, and a rename in OwnerOptions must break this test.
        string[] needed = ["ApiKey", "Password", "NotifyWebhookUrl"];
        var settings = ArmTemplate.LoadMain().AppSettings();
        var owner = OptionsBySection["Owner"].GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name).ToHashSet();
        Assert.All(needed, name =>
        {
            Assert.Contains(name, owner);
            Assert.True(settings.ContainsKey($"Owner__{name}"), $"The template does not write 'Owner__{name}'.");
        });
    }
}
