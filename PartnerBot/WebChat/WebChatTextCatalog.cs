using PartnerBot.Languages;

namespace PartnerBot.WebChat;

/// <summary>The page's wording per language, read once from each language's <c>Languages/{code}/website.json</c>.</summary>
public sealed class WebChatTextCatalog
{
    private readonly LanguageRegistry _registry;
    private readonly Dictionary<string, WebChatText> _byLanguage;

    /// <summary>Reads the page wording of every language in <paramref name="registry"/> (the built-in languages when null).</summary>
    public WebChatTextCatalog(LanguageRegistry? registry = null)
    {
        _registry = registry ?? LanguageRegistry.Shared;
        _byLanguage = _registry.Languages.ToDictionary(l => l.Code, l => _registry.ReadMerged<WebChatText>(l, "website"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The wording for a language code or locale; German for one the bot does not speak.</summary>
    public WebChatText For(string language) => _byLanguage[_registry.Resolve(language).Language.Code];
}
