namespace PartnerBot.Understanding;

/// <summary>The words of each phrase of a list, indexed by one of them: a message can only hold a phrase whose words it all holds.</summary>
/// <remarks>Words are runs of letters, lower-cased; a message's words are read once and kept for the next gate asking about the same message.</remarks>
internal sealed class WordGate
{
    [ThreadStatic]
    private static string? LastText;

    [ThreadStatic]
    private static HashSet<string>? LastWords;

    /// <summary>The phrases by their longest word, each with all its words.</summary>
    private readonly Dictionary<string, List<string[]>> _byWord;

    private WordGate(Dictionary<string, List<string[]>> byWord) => _byWord = byWord;

    /// <summary>The gate of <paramref name="phrases"/>, or null when a phrase has no letters or ends in a wildcard (no gate possible).</summary>
    public static WordGate? Of(IEnumerable<string> phrases)
    {
        var byWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 1 && phrase.EndsWith('*'))
            {
                return null;
            }

            var words = WordsOf(phrase.ToLowerInvariant());
            if (words.Count == 0)
            {
                return null;
            }

            var key = words.MaxBy(w => w.Length)!;
            (byWord.TryGetValue(key, out var list) ? list : byWord[key] = []).Add([.. words.Distinct(StringComparer.Ordinal)]);
        }

        return new WordGate(byWord);
    }

    /// <summary>False when no phrase can be in <paramref name="text"/>: for every phrase, one of its words is missing.</summary>
    public bool MayMatch(string text)
    {
        var words = Words(text);
        foreach (var word in words)
        {
            if (_byWord.TryGetValue(word, out var phrases) && phrases.Exists(p => Array.TrueForAll(p, words.Contains)))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Words(string text)
    {
        if (ReferenceEquals(text, LastText) && LastWords is not null)
        {
            return LastWords;
        }

        var words = new HashSet<string>(WordsOf(text.ToLowerInvariant()), StringComparer.Ordinal);
        (LastText, LastWords) = (text, words);
        return words;
    }

    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words.Add(Vocabulary.Fold(text[start..i]));
            }

            start = -1;
        }

        return words;
    }
}
