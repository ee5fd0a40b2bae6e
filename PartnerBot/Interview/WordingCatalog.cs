using System.Text.Json;
using PartnerBot.Languages;

namespace PartnerBot.Interview;

/// <summary>The bot's wording per language, read once from each language's <c>Languages/{code}/interview.json</c> and its <c>interview.*.json</c> additions.</summary>
public sealed class WordingCatalog
{
    private readonly LanguageRegistry _registry;
    private readonly Dictionary<string, Wording> _byLanguage;
    private readonly Dictionary<string, Wording> _informal;

    /// <summary>Reads the wording of every language in <paramref name="registry"/> (the built-in languages when null).</summary>
    public WordingCatalog(LanguageRegistry? registry = null)
    {
        _registry = registry ?? LanguageRegistry.Shared;
        _byLanguage = _registry.Languages.ToDictionary(l => l.Code, l => _registry.ReadMerged<Wording>(l, "interview"), StringComparer.OrdinalIgnoreCase);
        _informal = _byLanguage.ToDictionary(l => l.Key, l => Informal(l.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The wording for a locale's language; German for a locale the bot does not speak.</summary>
    public Wording For(string? locale) => _byLanguage[_registry.Resolve(locale).Language.Code];

    /// <summary>The wording for a locale's language, in du when <paramref name="informal"/> (where the language tells them apart).</summary>
    public Wording For(string? locale, bool informal) => (informal ? _informal : _byLanguage)[_registry.Resolve(locale).Language.Code];

    private static readonly System.Text.Json.JsonSerializerOptions FileSpelling =
        new(LanguageRegistry.JsonOptions) { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };

    /// <summary>The wording with its <see cref="Wording.Informal"/> texts merged over the others; the same wording when it has none.</summary>
    private static Wording Informal(Wording formal)
    {
        if (formal.Informal is not { Count: > 0 } informal)
        {
            return formal;
        }

        // The file's own spelling (camelCase), so the informal texts replace the formal ones key by key.
        var node = System.Text.Json.JsonSerializer.SerializeToNode(formal, FileSpelling)!;
        node = LanguageFiles.Merge(node, informal);
        node.AsObject().Remove("informal");
        return node.Deserialize<Wording>(LanguageRegistry.JsonOptions)!;
    }
}
