using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>The answer to "wann passt es Ihnen am besten?" in the customer's words: "am Vormittag bitte", "evenings after 6 are best".
/// A time of day is no date, so understanding finds none; the question on screen is the call back's, and the answer belongs there.</summary>
internal static class CallTimeInWords
{
    private const int MaxWords = 10;
    private const int MaxWordsWithOnlyAFigure = 5;

    /// <summary>True when <paramref name="text"/> answers the call back's time question: it speaks of a time of day or a day
    /// (<see cref="Wording.CallTimeWords"/>), or is a few words with a figure ("nach 17"), and is neither a refusal nor anything else recognised.</summary>
    public static bool InWords(InterviewTurn turn, string text, Understood understood)
    {
        if (understood.YesNo == YesNo.No || understood.Kind is not (MessageKind.Answer or MessageKind.None)
            || understood.Email is not null || understood.Budget is not null || understood.Command is not null)
        {
            return false;
        }

        var words = MessageWords.Of(text);
        if (words.Length is 0 or > MaxWords)
        {
            return false;
        }

        var hints = turn.Wording.CallTimeWords;
        return words.Any(w => hints.Any(h => h.Length >= 5 ? w.StartsWith(h, StringComparison.Ordinal) : w == h))
            || (words.Length <= MaxWordsWithOnlyAFigure && text.Any(char.IsAsciiDigit));
    }
}
