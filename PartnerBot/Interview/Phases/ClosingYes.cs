using System.Buffers;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A yes that comes last, after a greeting, a thank-you or an apology: "bonjour, oui d'accord", "sorry, my german is bad.
/// yes ok", "Merci vielmal, stimmt so". Understanding reads a yes only at a message's start; a yes-or-no question on screen is answered
/// by its last clause as well, as long as no clause says no.</summary>
internal static class ClosingYes
{
    private const int MaxWords = 14;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;.!?:\n");
    private static readonly YesNoRecognizer Recognizer = new();

    /// <summary>True when the last of two or more clauses is a yes (or one of <see cref="Wording.Confirmations"/>) and none is a no.</summary>
    public static bool In(string text, Wording wording)
    {
        if (MessageWords.Of(text).Length > MaxWords)
        {
            return false;
        }

        var clauses = Clauses(text);
        if (clauses.Count < 2 || clauses.Any(c => Recognizer.Recognize(c) == YesNo.No))
        {
            return false;
        }

        var last = clauses[^1];
        return Recognizer.Recognize(last) == YesNo.Yes
            || wording.Confirmations.Contains(string.Join(' ', MessageWords.Of(last)), StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(ClauseEnds);
            var clause = (end < 0 ? rest : rest[..end]).Trim();
            if (MessageWords.Of(clause.ToString()).Length > 0)
            {
                clauses.Add(clause.ToString());
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return clauses;
    }
}
