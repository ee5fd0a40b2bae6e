using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Profiles;
using PartnerBot.Storage.Backup;

namespace PartnerBot.Storage;

/// <summary>Registers the store chosen by <c>Storage:Provider</c>, and the bot's conversation and user state on it.</summary>
public static class StorageExtensions
{
    /// <summary>Registers storage, state, profiles, transcripts (and their logging middleware), the turn lock and the start-up migration.</summary>
    public static IServiceCollection AddPartnerBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<SqliteStorageOptions>()
            .BindConfiguration(SqliteStorageOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((options, storage) => options.ConnectionString = storage.Value.ConnectionString)
            .ValidateDataAnnotations();
        services.AddOptions<PostgresStorageOptions>()
            .BindConfiguration(PostgresStorageOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((options, storage) => options.ConnectionString = storage.Value.ConnectionString);

        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value));
        services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value));
        services.AddSingleton<IStorageSchema>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => sp.GetRequiredService<SqliteDatabase>(),
            StorageProvider.Postgres => sp.GetRequiredService<PostgresDatabase>(),
            _ => new MemoryStorageSchema(),
        });
        services.AddSingleton<IStorage>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => new SqliteStorage(sp.GetRequiredService<SqliteDatabase>()),
            StorageProvider.Postgres => new PostgresStorage(sp.GetRequiredService<PostgresDatabase>()),
            _ => new MemoryStorage(),
        });
        services.AddSingleton<IProfileStore>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => new SqliteProfileStore(sp.GetRequiredService<SqliteDatabase>()),
            StorageProvider.Postgres => new PostgresProfileStore(sp.GetRequiredService<PostgresDatabase>()),
            _ => new InMemoryProfileStore(),
        });
        services.AddSingleton<ITranscriptStore>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => new SqliteTranscriptStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetService<TimeProvider>()),
            StorageProvider.Postgres => new PostgresTranscriptStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetService<TimeProvider>()),
            _ => new MemoryTranscriptStore(),
        });
        services.AddSingleton<IStorageScrubber>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => new SqliteStorageScrubber(sp.GetRequiredService<SqliteDatabase>()),
            _ => new NoStorageScrubber(),
        });
        services.AddSingleton<ITurnLock>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Postgres => new PostgresTurnLock(sp.GetRequiredService<PostgresDatabase>()),
            _ => new InProcessTurnLock(),
        });
        services.AddSingleton<PartnerBot.WebChat.IDirectLineLog>(sp => ProviderOf(sp) switch
        {
            StorageProvider.Sqlite => ActivatorUtilities.CreateInstance<Sqlite.SqliteDirectLineLog>(sp),
            StorageProvider.Postgres => sp.GetRequiredService<Postgres.PostgresDirectLineLog>(),
            _ => ActivatorUtilities.CreateInstance<PartnerBot.WebChat.MemoryDirectLineLog>(sp),
        });
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Postgres.PostgresDirectLineLog>(sp));
        services.AddHostedService<Postgres.PostgresDirectLineListener>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new TranscriptLoggingMiddleware(
            sp.GetRequiredService<ITranscriptStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<TranscriptLoggingMiddleware>>()));
        services.AddHostedService<StorageStartup>();
        services.AddPartnerBotBackups();

        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }

    private static StorageProvider ProviderOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
}
