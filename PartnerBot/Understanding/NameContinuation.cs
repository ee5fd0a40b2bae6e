using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>A name completed by what follows it: "Bauer, Michael Bauer" (the whole name after the surname), "Becker, Vorname: Tim"
/// (the first name to the surname), "Anna und mein Nachname ist Berg".</summary>
internal static class NameContinuation
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    // After a comma the next name may come bare; after "und"/"and" only with the label that says which part it is.
    private static readonly Regex Continuation = Vocabulary.Compile(
        @"\G(?:\s*,\s*|\s+(?<and>" + Words.Pattern("connector.conjunctions") + @")\s+(?:" + Words.Pattern("correction.possessives") + @"\s+)?)"
        + @"(?:(?<first>" + Words.Pattern("names.firstNameLabels") + @")|(?<last>" + Words.Pattern("names.surnameLabels") + @"))?(?![\p{L}])\s*[:=]?\s*");

    /// <summary>The name <paramref name="value"/> ending at <paramref name="end"/>, completed by the name <paramref name="readName"/> finds after it.</summary>
    /// <param name="readName">Reads a name without salutation or title from a position (bare: a trade is a surname there).</param>
    public static (string Value, int End) Read(string text, string value, int end, Func<int, bool, (string Value, int End)?> readName)
    {
        var more = Continuation.Match(text, end);
        var labelled = more.Groups["first"].Success || more.Groups["last"].Success;
        if (!more.Success || (more.Groups["and"].Success && !labelled) || readName(more.Index + more.Length, true) is not { } next)
        {
            return (value, end);
        }

        if (labelled)
        {
            var single = !value.Contains(' ', StringComparison.Ordinal) && !next.Value.Contains(' ', StringComparison.Ordinal);
            return !single ? (value, end) : more.Groups["first"].Success ? (next.Value + " " + value, next.End) : (value + " " + next.Value, next.End);
        }

        var words = value.Split(' ');
        var nextWords = next.Value.Split(' ');
        return nextWords.Length > words.Length && words.All(w => nextWords.Contains(w, StringComparer.OrdinalIgnoreCase)) ? (next.Value, next.End) : (value, end);
    }
}
