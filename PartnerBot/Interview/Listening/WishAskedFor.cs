using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>A wish put as a polite question to the wish question: "Könnten Sie unser Wohnzimmer streichen?", "could you build us a
/// deck?" asks for the work itself, so it is the wish (without the "könnten Sie"); "Machen Sie auch Hausbesuche?", "Can you tell me
/// what it costs?" and "do you also do hosting?" stay questions for the business.</summary>
internal static class WishAskedFor
{
    private const int MinWordsOfWork = 2;

    /// <summary>The wish in the question, or null when the message is no such question or a wish is already known.</summary>
    public static string? Wish(InterviewTurn turn, string text, Understood understood)
    {
        var state = turn.State;
        if (understood.Kind != MessageKind.Question || state.Phase != InterviewPhase.Asking || state.CurrentSlot != SlotNames.Wish
            || state.Values.Has(SlotNames.Wish) || text.Count(c => c == '?') > 1)
        {
            return null;
        }

        var wording = turn.Wording;
        var clause = Math.Max(text.LastIndexOfAny(ClauseMarks), Math.Max(text.LastIndexOf(". ", StringComparison.Ordinal), text.LastIndexOf("! ", StringComparison.Ordinal)));
        if (clause > 0 && MessageWords.Of(text[..clause]).Length >= MinWordsOfWork && Work(wording, text[(clause + 1)..], 1) is not null)
        {
            // "Eusi Heizig macht kei warms Wasser meh, chönd Sie das flicke?", "The tap drips. Can you fix it?": the problem said
            // first is the wish, the question asks to fix it.
            return text[..clause].Trim();
        }

        return Work(wording, text, MinWordsOfWork) is { } work ? char.ToUpper(work[0], turn.Culture) + work[1..] : null;
    }

    private static readonly char[] ClauseMarks = [',', ';', '–', '—'];

    /// <summary>The work asked for after a start such as "könnten Sie" (at least <paramref name="minWords"/> words), or null.</summary>
    private static string? Work(Wording wording, string text, int minWords)
    {
        var words = MessageWords.Of(text);
        var start = wording.AskedForWorkStarts
            .Select(s => MessageWords.Of(s))
            .Where(s => s.Length > 0 && s.Length < words.Length && s.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            .OrderByDescending(s => s.Length).FirstOrDefault();
        if (start is null)
        {
            return null;
        }

        // What is asked for: the work and what it is done to, never a question about the business ("auch", "tell me", "send").
        var work = words[start.Length..];
        if (work.Length < minWords || work.Any(w => wording.NotAskedForWork.Contains(w, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        var wish = text[IndexAfter(text, start.Length)..].Trim().TrimEnd('?', '!', '.', ' ').Trim();
        return wish.Length > 0 ? wish : null;
    }

    /// <summary>The position in <paramref name="text"/> after its first <paramref name="count"/> words.</summary>
    private static int IndexAfter(string text, int count)
    {
        var position = 0;
        for (var word = 0; word < count; word++)
        {
            while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '\'' or '’' or '-'))
            {
                position++;
            }
        }

        return position;
    }
}
