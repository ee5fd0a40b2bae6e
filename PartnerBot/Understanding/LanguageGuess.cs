using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Tells the language a message is written in from its common words (<c>language.markers.{code}</c>), when the words say so clearly.</summary>
internal static partial class LanguageGuess
{
    private static readonly (string Code, HashSet<string> Markers)[] Markers =
        [.. Vocabulary.Shared.Group("language.markers.").Select(g => (g.Name, new HashSet<string>(g.Words, StringComparer.Ordinal)))];

    /// <summary>The words of <paramref name="text"/> that can tell its language: not those of an address ("gmx.de" says nothing about French "de").</summary>
    public static string[] WordsOf(string text) =>
        MessageWords.Of(text.Contains('@', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal) ? AddressRegex().Replace(text, " ") : text);

    [GeneratedRegex(@"\S*@\S*|\S*\p{L}\.\p{L}{2,}\b\S*", RegexOptions.CultureInvariant)]
    private static partial Regex AddressRegex();

    /// <summary>The language of <paramref name="words"/> when it is not <paramref name="pageLanguage"/> and no word of the page's language is among them; else null.</summary>
    public static string? Other(string[] words, string pageLanguage)
    {
        var counts = Markers.Select(m => (m.Code, Count: words.Count(m.Markers.Contains))).ToList();
        if (counts.FirstOrDefault(c => c.Code == pageLanguage).Count > 0)
        {
            return null;
        }

        var best = counts.Where(c => c.Code != pageLanguage && c.Count > 0).OrderByDescending(c => c.Count).ToList();
        return best.Count > 0 && (best.Count == 1 || best[0].Count > best[1].Count) ? best[0].Code : null;
    }

    /// <summary>The language <paramref name="words"/> are clearly written in, whichever page they are on: at least
    /// <paramref name="atLeast"/> of its common words and more than of any other language's; else null.</summary>
    public static string? Clear(string[] words, int atLeast = 2)
    {
        var counts = Markers.Select(m => (m.Code, Count: words.Count(m.Markers.Contains))).OrderByDescending(c => c.Count).ToList();
        return counts.Count > 0 && counts[0].Count >= atLeast && (counts.Count == 1 || counts[0].Count > counts[1].Count) ? counts[0].Code : null;
    }
}
