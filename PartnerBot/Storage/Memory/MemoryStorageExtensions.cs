using Microsoft.Bot.Builder;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Memory;

/// <summary>Registers the Memory provider (tests and demos): the SDK's memory stores and in-memory profiles; gone at restart.</summary>
public static class MemoryStorageExtensions
{
    /// <summary>Registers the memory stores as the <see cref="StorageProvider.Memory"/> choice (keyed; <c>AddPartnerBotStorage</c> picks one provider).</summary>
    public static IServiceCollection AddMemoryStorage(this IServiceCollection services)
    {
        const StorageProvider key = StorageProvider.Memory;
        services.AddKeyedSingleton<IStorageSchema>(key, (_, _) => new MemoryStorageSchema());
        services.AddKeyedSingleton<IStorage>(key, (_, _) => new MemoryStorage());
        services.AddKeyedSingleton<IProfileStore>(key, (_, _) => new InMemoryProfileStore());
        services.AddKeyedSingleton<ITranscriptStore>(key, (_, _) => new MemoryTranscriptStore());
        services.AddKeyedSingleton<IStorageScrubber>(key, (_, _) => new NoStorageScrubber());
        services.AddKeyedSingleton<ITurnLock>(key, (_, _) => new InProcessTurnLock());

        // The chosen (unkeyed) stores, so a store replaced for a test takes part in the turn's commit too.
        services.AddKeyedSingleton<ITurnStore>(key, (sp, _) => new MemoryTurnStore(
            sp.GetRequiredService<IStorage>(), sp.GetRequiredService<IProfileStore>(), sp.GetRequiredService<ITranscriptStore>()));
        services.AddKeyedSingleton<Owner.Staff.IStaffStore>(key, (_, _) => new Owner.Staff.MemoryStaffStore());
        services.AddKeyedSingleton<Owner.Handoff.IHandoffStore>(key, (_, _) => new Owner.Handoff.MemoryHandoffStore());
        services.AddKeyedSingleton<Owner.Handoff.IHandoffBus>(key, (sp, _) => ActivatorUtilities.CreateInstance<Owner.Handoff.LocalHandoffBus>(sp));
        services.AddKeyedSingleton<PartnerBot.WebChat.IDirectLineLog>(key, (sp, _) => ActivatorUtilities.CreateInstance<PartnerBot.WebChat.MemoryDirectLineLog>(sp));
        return services;
    }
}
