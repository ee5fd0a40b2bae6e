using Microsoft.Data.Sqlite;
using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Interview;
using PartnerBot.Privacy;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench.Micro;

/// <summary>PartnerBot's real services in this process, composed as the app composes them, on memory or on a SQLite file of its own.</summary>
public sealed class BenchServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly DirectoryInfo? _directory;
    private readonly List<IHostedService> _started = [];

    private BenchServices(ServiceProvider services, DirectoryInfo? directory)
    {
        _services = services;
        _directory = directory;
    }

    /// <summary>The container: resolve the bot, its stores or its understanding from it.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The services on <paramref name="provider"/>; SQLite gets a new file in a temporary folder (WAL, as the app migrates it).
    /// <paramref name="configure"/> runs last, so it can replace a registration (the clock).</summary>
    public static BenchServices Create(StorageProvider provider, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider.ToString() };
        DirectoryInfo? directory = null;
        switch (provider)
        {
            case StorageProvider.Memory:
                break;
            case StorageProvider.Sqlite:
                directory = Directory.CreateTempSubdirectory("partnerbot-micro-");
                settings["ConnectionStrings:PartnerBot"] = $"Data Source={Path.Combine(directory.FullName, "bench.db")}";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "The micro benchmarks run on Memory and Sqlite only.");
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // What the host gives the app (the backups ask which environment this is); a development one, as the tests run.
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ApplicationName = "PartnerBot",
            ContentRootPath = directory?.FullName ?? AppContext.BaseDirectory,
        });
        services.AddPartnerBotHosting();
        services.AddPartnerBotStorage();
        services.AddPartnerBotUnderstanding();
        services.AddPartnerBotInterview();
        services.AddPartnerBotBot();
        services.AddPartnerBotTurnPipeline();
        services.AddPartnerBotPrivacy();
        configure?.Invoke(services);
        return new BenchServices(services.BuildServiceProvider(), directory);
    }

    /// <summary>Starts the hosted services (schema, recognizer warm-up, the warm-up turn) and waits until the app would say it is ready.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
            _started.Add(hosted);
        }

        await _services.GetRequiredService<Readiness>().WhenReady.WaitAsync(cancellationToken);
    }

    /// <summary>Stops what was started, disposes the container and removes the SQLite folder.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        if (_directory is not null)
        {
            // Pooled connections keep the file open until the pool lets go of them.
            SqliteConnection.ClearAllPools();
            try
            {
                _directory.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
