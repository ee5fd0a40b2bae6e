using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Profiles;
using PartnerBot.Storage.Backup;
using PartnerBot.Storage.Memory;
using PartnerBot.Storage.Postgres;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Storage;

/// <summary>Registers the store chosen by <c>Storage:Provider</c>: the providers of <c>Storage/Sqlite</c>, <c>Storage/Postgres</c> and <c>Storage/Memory</c>.</summary>
public static class StorageExtensions
{
    /// <summary>Registers the chosen provider's state store, profiles, transcripts, turn lock and turn store, the start-up migration and backups.</summary>
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
        // Each provider registers its stores keyed by its name; the one chosen by Storage:Provider is picked here, and only here.
        services.AddSqliteStorage();
        services.AddPostgresStorage();
        services.AddMemoryStorage();
        services.AddChosen<IStorageSchema>();
        services.AddChosen<IStorage>();
        services.AddChosen<IProfileStore>();
        services.AddChosen<ITranscriptStore>();
        services.AddChosen<IStorageScrubber>();
        services.AddChosen<ITurnLock>();
        services.AddChosen<ITurnStore>();
        services.AddChosen<PartnerBot.WebChat.IDirectLineLog>();
        services.AddChosen<Owner.Staff.IStaffStore>();
        services.AddChosen<Owner.Handoff.IHandoffStore>();
        services.AddChosen<Owner.Handoff.IHandoffBus>();
        services.AddHostedService<StorageStartup>();
        services.AddPartnerBotBackups();
        return services;
    }

    private static void AddChosen<T>(this IServiceCollection services)
        where T : class =>
        services.AddSingleton(sp => sp.GetRequiredKeyedService<T>(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider));
}
