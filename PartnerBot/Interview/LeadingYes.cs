using System.Text.RegularExpressions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The acknowledgement customers put in front of an answer ("fine. Harry Wood", "ok, Anna Weber", "alles klar, also
/// nächsten Monat", "yeah so a new roof"): the words after it, to be read as the answer to the question on screen, because the
/// yes in front makes the whole message read as a plain agreement.</summary>
internal static partial class LeadingYes
{
    /// <summary>How many acknowledgement words or phrases may stand in front ("ok gut also").</summary>
    private const int MaxLeadUnits = 4;

    private static readonly HashSet<string> YesWords = BuildYesWords();
    /// <summary>The yes phrases of more than one word, longest first (single words are in <see cref="YesWords"/>).</summary>
    private static readonly string[] YesPhrases =
        [.. Vocabulary.Shared.Words("yesNo.yesPhrases").Concat(Vocabulary.Shared.Words("yesNo.colloquialYesPhrases"))
            .Where(p => p.Contains(' ', StringComparison.Ordinal)).OrderByDescending(p => p.Length)];

    /// <summary>The answer after a leading acknowledgement, or null when the message does not open with one or holds nothing else.</summary>
    public static string? Rest(string text, Wording wording)
    {
        var position = 0;
        var end = -1;
        var sawYes = false;
        for (var unit = 0; unit < MaxLeadUnits; unit++)
        {
            var start = SkipSeparators(text, position);
            if (PhraseAt(text, start) is { } phrase)
            {
                position = start + phrase.Length;
                sawYes = true;
            }
            else if (Word().Match(text, start) is { Success: true } word && word.Index == start)
            {
                var lower = word.Value.ToLowerInvariant();
                var isYes = YesWords.Contains(lower);
                if (!isYes && !wording.LeadFillers.Contains(lower, StringComparer.Ordinal))
                {
                    break;
                }

                sawYes |= isYes;
                position = start + word.Length;
            }
            else
            {
                break;
            }

            if (sawYes)
            {
                end = position;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var rest = text[SkipSeparators(text, end)..].Trim();
        return rest.Any(char.IsLetterOrDigit) ? rest : null;
    }

    private static string? PhraseAt(string text, int start) =>
        YesPhrases.FirstOrDefault(p => start + p.Length <= text.Length
            && string.Compare(text, start, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start + p.Length == text.Length || !char.IsLetter(text[start + p.Length])));

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || Separators.Contains(text[position])))
        {
            position++;
        }

        return position;
    }

    private const string Separators = ",;.!:–-…";

    private static HashSet<string> BuildYesWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(Vocabulary.Shared.Words("yesNo.yes"));
        words.UnionWith(Vocabulary.Shared.Words("yesNo.colloquialYes"));
        // Words that only say "go on" or "send it", or only stand inside a phrase ("passt scho"), are no acknowledgement in front of an answer.
        words.ExceptWith(Vocabulary.Shared.Words("yesNo.notAcknowledgement"));
        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}'’]*")]
    private static partial Regex Word();
}
