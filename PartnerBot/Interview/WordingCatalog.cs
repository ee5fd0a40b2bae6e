using System.Text.Json;

namespace PartnerBot.Interview;

/// <summary>The bot's wording per language, read once from the embedded <c>Interview/Wording/{lang}.json</c> files.</summary>
public sealed class WordingCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private readonly Wording _german = Load("de");
    private readonly Wording _english = Load("en");

    /// <summary>The wording for a locale: English for en-*, German otherwise.</summary>
    public Wording For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? _english : _german;

    private static Wording Load(string language)
    {
        var name = $"PartnerBot.Interview.Wording.{language}.json";
        using var stream = typeof(WordingCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The wording resource {name} is missing.");
        return JsonSerializer.Deserialize<Wording>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The wording resource {name} is empty.");
    }
}
