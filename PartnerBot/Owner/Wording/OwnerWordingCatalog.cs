using PartnerBot.Languages;

namespace PartnerBot.Owner.Wording;

/// <summary>The dashboard's wording per language from each language's <c>Languages/{code}/owner.json</c>; German unless the browser prefers another language the bot speaks.</summary>
public sealed class OwnerWordingCatalog
{
    private readonly LanguageRegistry _registry;
    private readonly Dictionary<string, OwnerText> _byLanguage;

    /// <summary>Reads the dashboard wording of every language in <paramref name="registry"/> (the built-in languages when null).</summary>
    public OwnerWordingCatalog(LanguageRegistry? registry = null)
    {
        _registry = registry ?? LanguageRegistry.Shared;
        _byLanguage = _registry.Languages.ToDictionary(
            l => l.Code,
            l => new OwnerText(l.Code, _registry.ReadMerged<Dictionary<string, string>>(OwnWordingOrEnglish(l), "owner"), l.DashboardCulture),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A language without its own dashboard wording shows the English one (the dashboard is for the business, not its customers).</summary>
    private Language OwnWordingOrEnglish(Language language) =>
        _registry.Files(language, "owner").Any() ? language : _registry.Find("en") ?? _registry.Languages[0];

    /// <summary>The wording of a language code; German (the default) for one the bot does not speak.</summary>
    public OwnerText For(string? language) =>
        language is not null && _registry.Find(language) is { } known ? _byLanguage[known.Code] : _byLanguage[_registry.Languages[0].Code];

    /// <summary>The language the browser prefers most among those the bot speaks (by <c>Accept-Language</c> quality); German otherwise.</summary>
    public OwnerText For(HttpRequest request) => For(_registry.FromAcceptLanguage(request)?.Code);
}
