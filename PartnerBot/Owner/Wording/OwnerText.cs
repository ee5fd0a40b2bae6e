using System.Globalization;

namespace PartnerBot.Owner.Wording;

/// <summary>The dashboard's wording in one language.</summary>
public sealed class OwnerText(string language, IReadOnlyDictionary<string, string> texts, string? culture = null)
{
    /// <summary>The language code: "de", "en", "fr".</summary>
    public string Language { get; } = language;

    /// <summary>The culture for numbers and dates (the language's dashboard culture).</summary>
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(culture) ? language : culture);

    /// <summary>All keys, for the test that both languages say everything.</summary>
    public IEnumerable<string> Keys => texts.Keys;

    /// <summary>The text for <paramref name="key"/> (the key itself when missing, so a gap shows instead of failing).</summary>
    public string this[string key] => texts.TryGetValue(key, out var text) ? text : key;

    /// <summary>The text for <paramref name="key"/>, or null when the wording has none.</summary>
    public string? Find(string key) => texts.GetValueOrDefault(key);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);
}
