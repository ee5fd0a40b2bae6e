namespace PartnerBot.Interview;

/// <summary>The locales PartnerBot speaks: German (de-DE, de-AT, de-CH) and English (en-US, en-GB, …).</summary>
public static class Locales
{
    /// <summary>A supported locale for <paramref name="locale"/>: "de" → "de-DE", "en" → "en-US", "en-gb" → "en-GB", anything else → the default.</summary>
    public static string Normalize(string? locale, string defaultLocale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return defaultLocale;
        }

        var parts = locale.Trim().Replace('_', '-').Split('-', 2);
        var language = parts[0].ToLowerInvariant();
        if (language is not ("de" or "en"))
        {
            return defaultLocale;
        }

        var region = parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter)
            ? parts[1].ToUpperInvariant()
            : language == "de" ? "DE" : "US";
        return $"{language}-{region}";
    }
}
