using PartnerBot.Languages;

namespace PartnerBot.WebChat;

/// <summary>The website's view of <see cref="LanguageRegistry"/>: the chat's language from what the page asked for or the browser's languages.</summary>
public static class Locales
{
    /// <summary>The German locale, the default.</summary>
    public const string German = LanguageRegistry.FallbackLocale;

    /// <summary>A supported locale: the requested one when the bot speaks its language, else the browser's preference, else German.</summary>
    public static string Normalize(string? requested, HttpRequest request) =>
        LanguageRegistry.Shared.IsSupported(requested)
            ? LanguageRegistry.Shared.Normalize(requested)
            : LanguageRegistry.Shared.Resolve(FromBrowser(request)).Name;

    /// <summary>The code of the supported language the browser prefers (<c>Accept-Language</c>, by quality); <c>de</c> when it asks for none.</summary>
    public static string FromBrowser(HttpRequest request) =>
        LanguageRegistry.Shared.FromAcceptLanguage(request)?.Code ?? LanguageRegistry.Shared.Languages[0].Code;

    /// <summary>The language code for a tag such as <c>fr-CH</c>; null for languages the bot does not speak.</summary>
    public static string? LanguageOf(string? tag) =>
        tag is { Length: <= 20 } && tag.All(c => char.IsAsciiLetter(c) || c == '-') ? LanguageRegistry.Shared.Find(tag)?.Code : null;
}
