using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerBot.Tests.Infrastructure;

/// <summary>The whole app in memory (TestServer), on memory storage, with an owner API key.</summary>
public sealed class PartnerBotFactory : WebApplicationFactory<Program>
{
    public const string OwnerKey = "test-owner-key-0123456789";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Provider"] = "Memory",
        ["Owner:ApiKey"] = OwnerKey,
        ["Bot:BusinessName"] = "Bäckerei Sonnenschein",
        // The start-up warm-up conversation runs in the background; its own tests (Bots/TurnWarmupTests) switch it on.
        ["Bot:WarmUpTurns"] = "false",
    };

    /// <summary>A factory whose settings add to or override the defaults.</summary>
    public static PartnerBotFactory With(IDictionary<string, string?> settings)
    {
        var factory = new PartnerBotFactory();
        foreach (var (key, value) in settings)
        {
            factory._settings[key] = value;
        }

        return factory;
    }

    /// <summary>Changes to the app's services (test doubles, log capture), applied after the app's own registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>A client for the owner API, with the key.</summary>
    public HttpClient CreateOwnerClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", OwnerKey);
        return client;
    }
}
