using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Profiles;
using PartnerBot.Tests.Hosting;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Owner;

/// <summary>The app on memory storage with a known owner password, a fake clock, and profiles seeded straight into the store.</summary>
public sealed class OwnerAppFactory : WebApplicationFactory<Program>
{
    public const string UserName = "baecker";
    public const string Password = "Sonnen-Schein-2026";
    public const string ApiKey = "owner-test-key-0123456789";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Provider"] = "Memory",
        ["Owner:ApiKey"] = ApiKey,
        ["Owner:UserName"] = UserName,
        ["Owner:Password"] = Password,
        ["Owner:TimeZone"] = "Europe/Berlin",
        ["Bot:BusinessName"] = "Bäckerei Sonnenschein",
        // The start-up warm-up conversation runs in the background; its own tests (Bots/TurnWarmupTests) switch it on.
        ["Bot:WarmUpTurns"] = "false",
        // A generated password goes to a file; each app gets its own, outside the build output.
        ["Owner:GeneratedPasswordFile"] = Path.Combine(Path.GetTempPath(), "partnerbot-tests", Guid.NewGuid().ToString("N"), "owner-password.txt"),
    };

    public OwnerAppFactory() : this(null)
    {
    }

    private OwnerAppFactory(IDictionary<string, string?>? settings)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The app with some settings changed.</summary>
    public static OwnerAppFactory With(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        new(settings) { _services = services };

    private Action<IServiceCollection>? _services;

    /// <summary>Another instance of the app on the same store (with some settings changed).</summary>
    public static OwnerAppFactory Sharing(IStorage storage, IDictionary<string, string?>? settings = null) => new(settings) { _sharedStorage = storage };

    /// <summary>The host environment (ASP.NET Core's test default is Development).</summary>
    public string? Environment { get; set; }

    /// <summary>Where a generated password is written.</summary>
    public string GeneratedPasswordFile => _settings["Owner:GeneratedPasswordFile"]!;

    private IStorage? _sharedStorage;

    /// <summary>The app's clock.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Everything the app logged.</summary>
    public LogCapture Logs { get; } = new();

    public IProfileStore Profiles => Services.GetRequiredService<IProfileStore>();
    public IStorage Storage => Services.GetRequiredService<IStorage>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Environment is not null)
        {
            builder.UseEnvironment(Environment);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            PeerAddress.AddTo(services);
            // Until the recognizers land on main, the bot's DI needs some understanding; these tests hold no conversations.
            services.TryAddSingleton<ITextUnderstanding, NoUnderstanding>();
            services.AddSingleton<TimeProvider>(Time);
            _services?.Invoke(services);
            if (_sharedStorage is not null)
            {
                services.AddSingleton(_sharedStorage);
            }
        });
    }

    /// <summary>A browser-like client (cookies, no automatic redirects), connecting from <paramref name="peer"/> when given.</summary>
    public OwnerClient CreateOwnerClient(string? acceptLanguage = null, Uri? baseAddress = null, string? peer = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = baseAddress ?? new Uri("http://localhost"),
        });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (peer is not null)
        {
            client.DefaultRequestHeaders.Add(PeerAddress.Header, peer);
        }

        return new OwnerClient(client);
    }

    /// <summary>A client signed in with the right name and password.</summary>
    public async Task<OwnerClient> SignedInAsync(string? acceptLanguage = null)
    {
        var client = CreateOwnerClient(acceptLanguage);
        using var response = await client.SignInAsync(UserName, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private sealed class NoUnderstanding : ITextUnderstanding
    {
        public Understood Understand(string text, string locale, string? expectedSlot, DateTimeOffset now) => new() { Remainder = text };
    }
}
