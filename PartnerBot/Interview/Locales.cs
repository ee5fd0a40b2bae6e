using PartnerBot.Languages;

namespace PartnerBot.Interview;

/// <summary>The interview's view of <see cref="LanguageRegistry"/>: the locale a turn is spoken in.</summary>
public static class Locales
{
    /// <summary>The supported locale for <paramref name="locale"/> ("fr" → "fr-FR", "en-gb" → "en-GB"); one the bot does not speak → <paramref name="defaultLocale"/>.</summary>
    public static string Normalize(string? locale, string defaultLocale) => LanguageRegistry.Shared.Normalize(locale, defaultLocale);
}
