using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Hosting;

namespace PartnerBot.Understanding;

/// <summary>Registers the understanding of customer messages.</summary>
public static class UnderstandingExtensions
{
    /// <summary>Registers <see cref="ITextUnderstanding"/> and the recognizer models (built once per culture, warmed at start-up).</summary>
    public static IServiceCollection AddPartnerBotUnderstanding(this IServiceCollection services)
    {
        services.TryAddSingleton<Readiness>();
        services.AddSingleton<RecognizerModels>();
        services.AddSingleton<ITextUnderstanding>(sp => new TextUnderstanding(
            sp.GetRequiredService<RecognizerModels>(),
            sp.GetRequiredService<ILogger<TextUnderstanding>>(),
            sp.GetRequiredService<IOptions<BotOptions>>().Value.MaxMessageLength));
        services.AddHostedService<RecognizerWarmup>();
        return services;
    }
}
