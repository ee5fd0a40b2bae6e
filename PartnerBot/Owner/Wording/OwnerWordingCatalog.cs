using System.Text.Json;

namespace PartnerBot.Owner.Wording;

/// <summary>The dashboard's wording per language from <c>Owner/Wording/{de,en}.json</c>; German unless the browser prefers English.</summary>
public sealed class OwnerWordingCatalog
{
    private readonly Dictionary<string, OwnerText> _byLanguage;

    public OwnerWordingCatalog()
    {
        _byLanguage = new[] { "de", "en" }.ToDictionary(l => l, l => new OwnerText(l, Load(l)));
    }

    /// <summary>German (the default) or English.</summary>
    public OwnerText For(string? language) =>
        language is not null && _byLanguage.TryGetValue(language, out var text) ? text : _byLanguage["de"];

    /// <summary>The language the browser prefers most among German and English (by <c>Accept-Language</c> quality); German otherwise.</summary>
    public OwnerText For(HttpRequest request)
    {
        var wanted = request.GetTypedHeaders().AcceptLanguage
            .Where(v => v.Quality is null or > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => v.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "de" or "en");
        return For(wanted);
    }

    private static Dictionary<string, string> Load(string language)
    {
        var name = $"PartnerBot.Owner.Wording.{language}.json";
        using var stream = typeof(OwnerWordingCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The dashboard wording {name} is missing from the build.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The dashboard wording {name} is empty.");
    }
}
