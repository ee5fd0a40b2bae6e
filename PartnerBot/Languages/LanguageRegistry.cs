using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace PartnerBot.Languages;

/// <summary>The languages the bot speaks, read from the embedded <c>Languages/{code}/</c> folders, and the one place that maps a locale to one.</summary>
/// <remarks>A language is data: its folder holds <c>language.json</c> (culture, regions), the wording files and the understanding vocabulary.</remarks>
public sealed class LanguageRegistry
{
    /// <summary>The locale of last resort, when even the configured default is not supported.</summary>
    public const string FallbackLocale = "de-DE";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private const string Prefix = "Languages/";
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources;
    private readonly Dictionary<string, Language> _byCode;

    private LanguageRegistry(Assembly assembly)
    {
        _assembly = assembly;
        // MSBuild writes the folder separator of the build machine into the resource name.
        _resources = assembly.GetManifestResourceNames()
            .Where(n => n.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n.Replace('\\', '/')[Prefix.Length..], n => n, StringComparer.OrdinalIgnoreCase);
        _byCode = _resources.Keys
            .Where(k => k.EndsWith("/language.json", StringComparison.OrdinalIgnoreCase))
            .Select(k => Read<Language>(k.Split('/')[0], "language.json"))
            .ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        Languages = [.. _byCode.Values.OrderBy(l => l.Code == "de" ? 0 : 1).ThenBy(l => l.Code, StringComparer.Ordinal)];
    }

    /// <summary>The registry of the languages built into PartnerBot (read once per process: they are immutable).</summary>
    public static LanguageRegistry Shared { get; } = new(typeof(LanguageRegistry).Assembly);

    /// <summary>Every supported language, German first.</summary>
    public IReadOnlyList<Language> Languages { get; }

    /// <summary>The supported language codes, for messages: "de, en, fr".</summary>
    public string Codes => string.Join(", ", Languages.Select(l => l.Code));

    /// <summary>The language of a tag such as <c>fr-CH</c>, <c>en</c> or <c>de_AT</c>; null when it is not one the bot speaks.</summary>
    public Language? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || tag.Length > 20)
        {
            return null;
        }

        var primary = tag.Trim().Replace('_', '-').Split('-')[0];
        return primary.All(char.IsAsciiLetter) && _byCode.TryGetValue(primary, out var language) ? language : null;
    }

    /// <summary>True when <paramref name="locale"/> names a supported language.</summary>
    public bool IsSupported(string? locale) => Find(locale) is not null;

    /// <summary>The supported locale for <paramref name="locale"/>: "fr" → "fr-FR", "en-gb" → "en-GB", "de_AT" → "de-AT"; an unsupported or empty one → <paramref name="defaultLocale"/>.</summary>
    public LanguageLocale Resolve(string? locale, string defaultLocale = FallbackLocale)
    {
        if (Find(locale) is { } language)
        {
            var parts = locale!.Trim().Replace('_', '-').Split('-', 2);
            var region = parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter) ? parts[1].ToUpperInvariant() : language.DefaultRegion;
            return new LanguageLocale($"{language.Code}-{region}", language, language.RegionOrDefault(region));
        }

        return defaultLocale != FallbackLocale && IsSupported(defaultLocale) ? Resolve(defaultLocale) : Resolve(FallbackLocale);
    }

    /// <summary>The name of the supported locale for <paramref name="locale"/> (see <see cref="Resolve"/>).</summary>
    public string Normalize(string? locale, string defaultLocale = FallbackLocale) => Resolve(locale, defaultLocale).Name;

    /// <summary>The supported language the browser prefers most (by <c>Accept-Language</c> quality), or null when it asks for none of them.</summary>
    public Language? FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values))
        {
            return null;
        }

        return values.Where(v => v.Quality is null or > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Find(v.Value.ToString()))
            .FirstOrDefault(l => l is not null);
    }

    /// <summary>The language's data files whose names start with <paramref name="stem"/> ("interview" → interview.json, then interview.*.json in name order).</summary>
    public IEnumerable<string> Files(Language language, string stem) =>
        _resources.Keys
            .Where(k => k.StartsWith(language.Code + "/", StringComparison.OrdinalIgnoreCase))
            .Select(k => k[(language.Code.Length + 1)..])
            .Where(f => f.Equals(stem + ".json", StringComparison.OrdinalIgnoreCase) || (f.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase) && f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.Length == stem.Length + 5 ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal);

    /// <summary>One data file of a language, as JSON (comments allowed).</summary>
    public JsonNode ReadJson(Language language, string file) =>
        ReadJson(language.Code, file);

    /// <summary>One data file of a language, deserialised.</summary>
    public T Read<T>(Language language, string file) => Read<T>(language.Code, file);

    private JsonNode ReadJson(string code, string file)
    {
        using var stream = Open(code, file);
        return JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            ?? throw new InvalidOperationException($"The language file Languages/{code}/{file} is empty.");
    }

    private T Read<T>(string code, string file)
    {
        using var stream = Open(code, file);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The language file Languages/{code}/{file} is empty.");
    }

    private Stream Open(string code, string file) =>
        _resources.TryGetValue($"{code}/{file}", out var name) && _assembly.GetManifestResourceStream(name) is { } stream
            ? stream
            : throw new InvalidOperationException($"The language file Languages/{code}/{file} is missing from the build.");
}
