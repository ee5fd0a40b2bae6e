using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Registers the SQLite provider: one database file behind state, profiles, transcripts and the turn's one transaction.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>Registers the SQLite stores as the <see cref="StorageProvider.Sqlite"/> choice (keyed; <c>AddPartnerBotStorage</c> picks one provider).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        const StorageProvider key = StorageProvider.Sqlite;
        services.AddOptions<SqliteStorageOptions>()
            .BindConfiguration(SqliteStorageOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((options, storage) => options.ConnectionString = storage.Value.ConnectionString)
            .ValidateDataAnnotations();
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value));
        services.AddSingleton(sp => new SqliteProfileStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton(sp => new SqliteTranscriptStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetService<TimeProvider>()));

        services.AddKeyedSingleton<IStorageSchema>(key, (sp, _) => sp.GetRequiredService<SqliteDatabase>());
        services.AddKeyedSingleton<IStorage>(key, (sp, _) => new SqliteStorage(sp.GetRequiredService<SqliteDatabase>()));
        services.AddKeyedSingleton<IProfileStore>(key, (sp, _) => sp.GetRequiredService<SqliteProfileStore>());
        services.AddKeyedSingleton<ITranscriptStore>(key, (sp, _) => sp.GetRequiredService<SqliteTranscriptStore>());
        services.AddKeyedSingleton<IStorageScrubber>(key, (sp, _) => new SqliteStorageScrubber(sp.GetRequiredService<SqliteDatabase>()));
        services.AddKeyedSingleton<ITurnLock>(key, (_, _) => new InProcessTurnLock());
        services.AddKeyedSingleton<ITurnStore>(key, (sp, _) => new SqliteTurnStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<SqliteProfileStore>(), sp.GetRequiredService<SqliteTranscriptStore>(), sp.GetService<TimeProvider>()));
        services.AddKeyedSingleton<PartnerBot.WebChat.IDirectLineLog>(key, (sp, _) => ActivatorUtilities.CreateInstance<SqliteDirectLineLog>(sp));
        // Staff and live handoffs: plain SQL shared with PostgreSQL; one instance, so events stay in this process.
        services.AddSingleton(sp => new SqliteConnections(sp.GetRequiredService<SqliteDatabase>()));
        services.AddKeyedSingleton<Owner.Staff.IStaffStore>(key, (sp, _) => new Owner.Staff.SqlStaffStore(sp.GetRequiredService<SqliteConnections>()));
        services.AddKeyedSingleton<Owner.Handoff.IHandoffStore>(key, (sp, _) => new Owner.Handoff.SqlHandoffStore(sp.GetRequiredService<SqliteConnections>()));
        services.AddKeyedSingleton<Owner.Handoff.IHandoffBus>(key, (sp, _) => ActivatorUtilities.CreateInstance<Owner.Handoff.LocalHandoffBus>(sp));
        return services;
    }
}
