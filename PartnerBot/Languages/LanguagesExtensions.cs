using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerBot.Languages;

/// <summary>Registers the language registry.</summary>
public static class LanguagesExtensions
{
    /// <summary>Registers <see cref="LanguageRegistry.Shared"/>, the built-in languages, for everything that speaks or reads a language.</summary>
    public static IServiceCollection AddPartnerBotLanguages(this IServiceCollection services)
    {
        services.TryAddSingleton(LanguageRegistry.Shared);
        return services;
    }
}
