using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Deployment;

/// <summary>What matters in main.json: a safe, reachable web app, the bot with its channels, PostgreSQL, secrets only in Key Vault.</summary>
public partial class TemplateTests
{
    /// <summary>The built-in role "Key Vault Secrets User".</summary>
    private const string KeyVaultSecretsUserRole = "4633458b-17de-408a-b874-0445c86b69e6";

    private readonly ArmTemplate _main = ArmTemplate.LoadMain();

    private JsonObject Site => _main.Single("Microsoft.Web/sites");

    private JsonNode SiteConfig => Site["properties"]!["siteConfig"]!;

    [Fact]
    public void The_web_app_is_https_only_with_tls_1_2_and_no_ftp()
    {
        Assert.True(Site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", SiteConfig["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", SiteConfig["ftpsState"]!.GetValue<string>());
    }

    [Fact]
    public void The_web_app_has_websockets_on_for_direct_line_streaming() =>
        Assert.True(SiteConfig["webSocketsEnabled"]!.GetValue<bool>());

    [Fact]
    public void The_health_check_probes_healthz() =>
        Assert.Equal("/healthz", SiteConfig["healthCheckPath"]!.GetValue<string>());

    [Fact]
    public void The_web_app_runs_dotnet_10_on_linux_started_as_the_publish_test_starts_it()
    {
        Assert.Equal("DOTNETCORE|10.0", SiteConfig["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal(PublishTests.StartCommand, SiteConfig["appCommandLine"]!.GetValue<string>());
        Assert.True(SiteConfig["alwaysOn"]!.GetValue<bool>());
        var plan = _main.Single("Microsoft.Web/serverfarms");
        Assert.Equal("linux", plan["kind"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Fact]
    public void The_web_app_runs_as_a_user_assigned_identity_that_reads_key_vault()
    {
        Assert.Equal("UserAssigned", Site["identity"]!["type"]!.GetValue<string>());
        Assert.NotNull(Site["properties"]!["keyVaultReferenceIdentity"]);
        _main.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var vault = _main.Single("Microsoft.KeyVault/vaults");
        Assert.True(vault["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        _main.Single("Microsoft.Authorization/roleAssignments");
        var vaultModule = _main.SelfAndModules().Single(t => t.Resources.Any(r => ArmTemplate.TypeOf(r) == "Microsoft.Authorization/roleAssignments"));
        Assert.Contains(KeyVaultSecretsUserRole, ArmTemplate.Text(vaultModule.Root), StringComparison.Ordinal);
    }

    [Fact]
    public void The_azure_bot_points_at_the_web_apps_messaging_endpoint_over_https()
    {
        var bot = _main.Single("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        var endpoint = bot["properties"]!["endpoint"]!.GetValue<string>();
        Assert.Contains("'https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], _main.Parameters["msaAppType"]["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("MsTeamsChannel")]
    [InlineData("DirectLineChannel")]
    public void The_bot_has_the_channel(string channelName)
    {
        var channel = _main.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .SingleOrDefault(c => c["properties"]?["channelName"]?.GetValue<string>() == channelName);
        Assert.NotNull(channel);
        var settings = channel["properties"]!["properties"]!;
        var enabled = channelName == "DirectLineChannel"
            ? settings["sites"]!.AsArray().All(s => s!["isEnabled"]!.GetValue<bool>() && s["isV3Enabled"]!.GetValue<bool>())
            : settings["isEnabled"]!.GetValue<bool>();
        Assert.True(enabled, $"{channelName} is not enabled.");
    }

    [Fact]
    public void The_app_stores_in_the_postgresql_flexible_server_database()
    {
        _main.Single("Microsoft.DBforPostgreSQL/flexibleServers");
        _main.Single("Microsoft.DBforPostgreSQL/flexibleServers/databases");
        var settings = _main.AppSettings();
        Assert.Equal("Postgres", settings["Storage__Provider"]);
        Assert.True(Enum.TryParse<PartnerBot.Storage.StorageProvider>(settings["Storage__Provider"], out var provider) && provider == PartnerBot.Storage.StorageProvider.Postgres);
    }

    [Fact]
    public void Application_insights_is_wired_to_the_app()
    {
        _main.Single("Microsoft.Insights/components");
        Assert.Contains("appInsightsConnectionString", _main.AppSettings()["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarded_client_addresses_are_taken_from_the_front_end_only_once()
    {
        var settings = _main.AppSettings();
        // ASP.NET Core's own switch trusts every sender and would apply X-Forwarded-For a second time before the app's middleware.
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", settings.Keys);
        Assert.Equal("0.0.0.0/0", settings["Hosting__KnownNetworks__0"]);
        Assert.Equal("::/0", settings["Hosting__KnownNetworks__1"]);
        Assert.DoesNotContain(settings.Keys, key => key.StartsWith("Hosting__ForwardLimit", StringComparison.Ordinal));
    }

    [Fact]
    public void No_secret_is_a_plain_string_parameter()
    {
        foreach (var template in _main.SelfAndModules())
        {
            foreach (var (name, definition) in template.Parameters.Where(p => SecretName().IsMatch(p.Key) && p.Value["type"]!.GetValue<string>() is not ("bool" or "int")))
            {
                Assert.True(
                    definition["type"]!.GetValue<string>() is "securestring" or "secureObject",
                    $"Parameter '{name}' of {template.Name} looks like a secret but is not @secure().");
            }
        }

        string[] knownSecrets = ["postgresAdminPassword", "ownerApiKey", "ownerPassword", "ownerNotifyWebhookUrl", "webChatDirectLineSecret", "appRegistrationClientSecret"];
        Assert.All(knownSecrets, name => Assert.Equal("securestring", _main.Parameters[name]["type"]!.GetValue<string>()));
    }

    [Fact]
    public void No_output_carries_a_secret()
    {
        foreach (var template in _main.SelfAndModules())
        {
            var secureParameters = template.Parameters.Where(p => p.Value["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).ToList();
            foreach (var (name, output) in template.Outputs)
            {
                var where = $"Output '{name}' of {template.Name}";
                Assert.False(output["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"{where} is secure-typed.");
                Assert.DoesNotMatch(SecretName(), name);
                var value = ArmTemplate.Text(output["value"]);
                Assert.DoesNotMatch(ListFunction(), value);
                Assert.All(secureParameters, p => Assert.DoesNotContain($"parameters('{p}')", value, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("ConnectionStrings__PartnerBot")]
    [InlineData("Owner__ApiKey")]
    [InlineData("Owner__Password")]
    [InlineData("Owner__NotifyWebhookUrl")]
    [InlineData("WebChat__DirectLineSecret")]
    [InlineData("Owner__DataProtectionKey")]
    [InlineData("MicrosoftAppPassword")]
    public void Secret_settings_are_key_vault_references(string setting) =>
        Assert.Contains("KeyVaultReference(", _main.AppSettings()[setting], StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void The_web_app_never_receives_a_secret_value_directly()
    {
        var webApp = _main.SelfAndModules().Single(t => t.Resources.Any(r => ArmTemplate.TypeOf(r) == "Microsoft.Web/sites"));
        Assert.DoesNotContain(webApp.Parameters, p => p.Value["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", ArmTemplate.Text(webApp.Root), StringComparison.Ordinal);
    }

    // Names of secrets; "…Uri" parameters and outputs locate a Key Vault secret and are not secrets themselves.
    [GeneratedRegex("(password|secret|apikey|token|credential)(?!.*uri$)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();
}
