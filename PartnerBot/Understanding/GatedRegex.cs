using System.Buffers;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>A compiled expression with a cheap look-out in front: every match needs one of a few literal words, so a message
/// that holds none of them (one multi-string search) is not run through the expression at all.</summary>
/// <remarks>The expressions are alternations of hundreds of phrases that are tried at every position of a message; most
/// messages contain none of their words. The gate never changes a result, it only skips work that cannot match.</remarks>
internal sealed class GatedRegex
{
    private readonly SearchValues<string>? _gate;
    private readonly WordGate? _words;
    private readonly bool _digitsPass;

    /// <summary>Gates <paramref name="regex"/> on <paramref name="literals"/> (null: no gate); with <paramref name="digitsPass"/>, a digit opens it too.</summary>
    public GatedRegex(Regex regex, IEnumerable<string>? literals, bool digitsPass = false)
    {
        Regex = regex;
        _digitsPass = digitsPass;
        if (literals is not null)
        {
            _gate = SearchValues.Create([.. literals.Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        }
    }

    private GatedRegex(Regex regex, WordGate words)
    {
        Regex = regex;
        _words = words;
    }

    /// <summary>The expression itself.</summary>
    public Regex Regex { get; }

    /// <summary>A compiled expression from the lists, gated on the literal words of <paramref name="phrases"/> (every match holds one of them).</summary>
    public static GatedRegex Of(string pattern, IEnumerable<string> phrases, bool digitsPass = false) =>
        new(Vocabulary.Compile(pattern), Literals(phrases), digitsPass);

    /// <summary>A compiled expression from the lists whose every match holds one of <paramref name="phrases"/> as whole words
    /// (the expression puts no letter right before or after a phrase): it runs only when all words of one phrase are in the message.</summary>
    public static GatedRegex OfWords(string pattern, IEnumerable<string> phrases) =>
        WordGate.Of(phrases) is { } words ? new(Vocabulary.Compile(pattern), words) : new(Vocabulary.Compile(pattern), (IEnumerable<string>?)null);

    /// <summary>The longest run of letters and digits of each phrase, or null when a phrase has none (then no gate is possible).</summary>
    public static IReadOnlyList<string>? Literals(IEnumerable<string> phrases)
    {
        var literals = new List<string>();
        foreach (var phrase in phrases)
        {
            var body = phrase.Length > 1 && phrase.EndsWith('*') ? phrase[..^1] : phrase;
            var best = "";
            var start = -1;
            for (var i = 0; i <= body.Length; i++)
            {
                // The literal must not hold what a message may spell otherwise ("ä" as "ae" or "a", "ß" as "ss").
                if (i < body.Length && char.IsLetterOrDigit(body[i]) && body[i] is not ('ä' or 'ö' or 'ü' or 'ß'))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0 && i - start > best.Length)
                {
                    best = body[start..i];
                }

                start = -1;
            }

            if (best.Length == 0)
            {
                return null;
            }

            literals.Add(best);
        }

        return literals;
    }

    /// <summary>False when <paramref name="text"/> cannot match: none of the literal words is in it (and no digit, where a digit opens the gate).</summary>
    public bool MayMatch(string text) => _words is null ? MayMatch(text.AsSpan()) : _words.MayMatch(text);

    /// <inheritdoc cref="MayMatch(string)"/>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        _words is not null ? _words.MayMatch(text.ToString()) : _gate is null || text.ContainsAny(_gate) || (_digitsPass && HasDigit(text));

    /// <inheritdoc cref="Regex.IsMatch(string)"/>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <inheritdoc cref="Regex.Match(string)"/>
    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <inheritdoc cref="Regex.Matches(string)"/>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
