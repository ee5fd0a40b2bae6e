using Microsoft.Net.Http.Headers;

namespace PartnerBot.WebChat;

/// <summary>The chat speaks German or English: picks one from what the client asked for or the browser's languages.</summary>
public static class Locales
{
    /// <summary>The German locale, the default.</summary>
    public const string German = "de-DE";

    /// <summary>The English locale.</summary>
    public const string English = "en-US";

    /// <summary>A supported locale: the requested one when it is German or English, else the browser's preference, else German.</summary>
    public static string Normalize(string? requested, HttpRequest request)
    {
        if (requested is { Length: >= 2 and <= 20 } && LanguageOf(requested) is { } language)
        {
            return requested.Length == 2 ? (language == "en" ? English : German) : requested;
        }

        return FromBrowser(request) == "en" ? English : German;
    }

    /// <summary><c>de</c> or <c>en</c> from the <c>Accept-Language</c> header, by preference; <c>de</c> when neither is asked for.</summary>
    public static string FromBrowser(HttpRequest request)
    {
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values))
        {
            foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
            {
                if (LanguageOf(value.Value.ToString()) is { } language)
                {
                    return language;
                }
            }
        }

        return "de";
    }

    /// <summary><c>de</c> or <c>en</c> for a language tag such as <c>en-GB</c>; null for other languages.</summary>
    public static string? LanguageOf(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > 20 || !tag.All(c => char.IsAsciiLetter(c) || c == '-'))
        {
            return null;
        }

        var primary = tag.Split('-')[0].ToLowerInvariant();
        return primary is "de" or "en" ? primary : null;
    }
}
