using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Profiles;

namespace PartnerBot.Storage;

/// <summary>Registers the store chosen by <c>Storage:Provider</c>, and the bot's conversation and user state on it.</summary>
public static class StorageExtensions
{
    /// <summary>Registers storage, state and the profile store.</summary>
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

        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.Memory => new MemoryStorage(),
            var other => throw new NotSupportedException($"Storage:Provider={other} is not available in this build."),
        });
        services.AddSingleton<IProfileStore>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.Memory => new InMemoryProfileStore(),
            var other => throw new NotSupportedException($"Storage:Provider={other} is not available in this build."),
        });
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }
}
