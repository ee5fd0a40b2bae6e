using PartnerBot.Languages;

namespace PartnerBot.Interview;

/// <summary>The bot's wording per language, read once from each language's <c>Languages/{code}/interview.json</c> and its <c>interview.*.json</c> additions.</summary>
public sealed class WordingCatalog
{
    private readonly LanguageRegistry _registry;
    private readonly Dictionary<string, Wording> _byLanguage;

    /// <summary>Reads the wording of every language in <paramref name="registry"/> (the built-in languages when null).</summary>
    public WordingCatalog(LanguageRegistry? registry = null)
    {
        _registry = registry ?? LanguageRegistry.Shared;
        _byLanguage = _registry.Languages.ToDictionary(l => l.Code, l => _registry.ReadMerged<Wording>(l, "interview"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The wording for a locale's language; German for a locale the bot does not speak.</summary>
    public Wording For(string? locale) => _byLanguage[_registry.Resolve(locale).Language.Code];
}
