using System.Text;
using System.Text.RegularExpressions;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>The understanding word lists of every language (<c>Languages/{code}/understanding.json</c>), merged: a customer may answer in any language the bot speaks.</summary>
/// <remarks>The lists are read once at start-up; the recognizers compile them into sets and regular expressions.</remarks>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);

    private Vocabulary(LanguageRegistry registry)
    {
        foreach (var language in registry.Languages)
        {
            var lists = registry.Read<Dictionary<string, List<string>>>(language, "understanding.json");
            foreach (var (key, words) in lists)
            {
                var merged = _lists.TryGetValue(key, out var known) ? known : _lists[key] = [];
                foreach (var word in words.Select(w => Regex.Replace(w.Trim(), @"\s+", " ").ToLowerInvariant()).Where(w => w.Length > 0))
                {
                    // Customers without umlauts on their keyboard write "moechte", "fuer", "grüsse": each spelling is understood.
                    foreach (var spelling in (string[])[word, WithoutUmlauts(word), word.Replace("ß", "ss", StringComparison.Ordinal)])
                    {
                        if (!merged.Contains(spelling))
                        {
                            merged.Add(spelling);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The word as typed without umlauts and ß ("möchte" → "moechte", "grüß" → "gruess").</summary>
    private static string WithoutUmlauts(string word) => word.Contains('ä') || word.Contains('ö') || word.Contains('ü') || word.Contains('ß')
        ? word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
        : word;

    /// <summary>The vocabulary of the built-in languages.</summary>
    public static Vocabulary Shared { get; } = new(LanguageRegistry.Shared);

    /// <summary>The words of one list, lower case, in file order (an unknown list is empty).</summary>
    public IReadOnlyList<string> Words(string key) => _lists.TryGetValue(key, out var words) ? words : [];

    /// <summary>The words of one list as a set.</summary>
    public HashSet<string> Set(string key, StringComparer? comparer = null) => new(Words(key), comparer ?? StringComparer.Ordinal);

    /// <summary>The lists whose keys start with <paramref name="prefix"/>, by the rest of their key ("command." → "help", "cancel", …).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string> Words)> Group(string prefix) =>
        _lists.Where(l => l.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(l => (l.Key[prefix.Length..], (IReadOnlyList<string>)l.Value));

    /// <summary>A regular-expression alternation of a list's phrases, longest first: a space stands for any white space, an apostrophe for ' or ’, a trailing * for more letters.</summary>
    public string Pattern(params string[] keys) => Alternation(keys.SelectMany(Words));

    /// <summary>The alternation of <paramref name="phrases"/> (see <see cref="Pattern"/>).</summary>
    public static string Alternation(IEnumerable<string> phrases)
    {
        var parts = phrases.Distinct().OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(ToRegex).ToList();
        // An empty list must match nothing, not everything.
        return parts.Count == 0 ? "(?!)" : "(?:" + string.Join('|', parts) + ")";
    }

    /// <summary>One phrase as a regular expression.</summary>
    private static string ToRegex(string phrase)
    {
        var builder = new StringBuilder();
        var wildcard = phrase.Length > 1 && phrase.EndsWith('*');
        foreach (var c in wildcard ? phrase[..^1] : phrase)
        {
            builder.Append(c switch
            {
                ' ' => @"\s+",
                '\'' or '’' => "['’]",
                ':' or '=' => @"\s*" + Regex.Escape(c.ToString()),
                // Customers on keyboards without umlauts write "zurueckrufen", "loschen", "heisse": each spelling counts.
                'ä' => "(?:ä|ae|a)",
                'ö' => "(?:ö|oe|o)",
                'ü' => "(?:ü|ue|u)",
                'ß' => "(?:ß|ss)",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return wildcard ? builder.Append(@"\w*").ToString() : builder.ToString();
    }

    /// <summary>A word folded so that its spellings without umlauts meet ("zurückrufen", "zurueckrufen", "zuruckrufen" → "zuruckrufen"):
    /// the look-ups that gate and match phrases fold both the phrase and the message.</summary>
    public static string Fold(string word)
    {
        if (word.AsSpan().IndexOfAny(FoldMarks) < 0 && !word.Contains("ae", StringComparison.Ordinal) && !word.Contains("oe", StringComparison.Ordinal)
            && !word.Contains("ue", StringComparison.Ordinal))
        {
            return word; // most words: nothing to fold, nothing allocated
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'ä' or 'Ä':
                    builder.Append('a');
                    break;
                case 'ö' or 'Ö':
                    builder.Append('o');
                    break;
                case 'ü' or 'Ü':
                    builder.Append('u');
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'a' or 'o' or 'u' when next is 'e':
                    builder.Append(c);
                    i++;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> FoldMarks = System.Buffers.SearchValues.Create("äöüÄÖÜß");

    /// <summary>A compiled, case-insensitive expression built from the lists (a start-up cost instead of a per-message one).</summary>
    public static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
