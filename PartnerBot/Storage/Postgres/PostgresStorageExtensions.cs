using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL provider: one database shared by every instance, the advisory turn lock, the turn's one transaction.</summary>
public static class PostgresStorageExtensions
{
    /// <summary>Registers the PostgreSQL stores as the <see cref="StorageProvider.Postgres"/> choice (keyed; <c>AddPartnerBotStorage</c> picks one provider).</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        const StorageProvider key = StorageProvider.Postgres;
        services.AddOptions<PostgresStorageOptions>()
            .BindConfiguration(PostgresStorageOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((options, storage) => options.ConnectionString = storage.Value.ConnectionString);
        services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value));
        services.AddSingleton(sp => new PostgresTranscriptStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetService<TimeProvider>()));

        services.AddKeyedSingleton<IStorageSchema>(key, (sp, _) => sp.GetRequiredService<PostgresDatabase>());
        services.AddKeyedSingleton<IStorage>(key, (sp, _) => new PostgresStorage(sp.GetRequiredService<PostgresDatabase>()));
        services.AddKeyedSingleton<IProfileStore>(key, (sp, _) => new PostgresProfileStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddKeyedSingleton<ITranscriptStore>(key, (sp, _) => sp.GetRequiredService<PostgresTranscriptStore>());
        // VACUUM is left to autovacuum: nothing this app can scrub.
        services.AddKeyedSingleton<IStorageScrubber>(key, (_, _) => new NoStorageScrubber());
        services.AddKeyedSingleton<ITurnLock>(key, (sp, _) => new PostgresTurnLock(sp.GetRequiredService<PostgresDatabase>()));
        services.AddKeyedSingleton<ITurnStore>(key, (sp, _) => new PostgresTurnStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<PostgresTranscriptStore>()));
        // The website chat's log; the listener wakes this instance's streams when another instance appends (LISTEN/NOTIFY).
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PostgresDirectLineLog>(sp));
        services.AddKeyedSingleton<PartnerBot.WebChat.IDirectLineLog>(key, (sp, _) => sp.GetRequiredService<PostgresDirectLineLog>());
        services.AddHostedService<PostgresDirectLineListener>();
        // Staff and live handoffs; handoff events reach the other instances' dashboards by LISTEN/NOTIFY.
        services.AddSingleton(sp => new PostgresConnections(sp.GetRequiredService<PostgresDatabase>()));
        services.AddKeyedSingleton<Owner.Staff.IStaffStore>(key, (sp, _) => new Owner.Staff.SqlStaffStore(sp.GetRequiredService<PostgresConnections>()));
        services.AddKeyedSingleton<Owner.Handoff.IHandoffStore>(key, (sp, _) => new Owner.Handoff.SqlHandoffStore(sp.GetRequiredService<PostgresConnections>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Owner.Handoff.PostgresHandoffBus>(sp));
        services.AddKeyedSingleton<Owner.Handoff.IHandoffBus>(key, (sp, _) => sp.GetRequiredService<Owner.Handoff.PostgresHandoffBus>());
        services.AddHostedService<Owner.Handoff.PostgresHandoffListener>();
        return services;
    }
}
