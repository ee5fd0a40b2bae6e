using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>"Nein, ich meinte Tim Becker", "actually make that april": a message that begins by saying the answer before was meant
/// otherwise corrects the question asked before the one on screen, whatever question is on screen now; it is never that question's answer.</summary>
public sealed class LastAnswerCorrection(InterviewFlow flow, ITextUnderstanding understanding)
{
    private static readonly char[] Around = [' ', ',', '.', ':', ';', '-', '–', '!'];

    /// <summary>Applies the correction and asks the question on screen again; false when the message is no correction of an earlier answer.</summary>
    internal bool Take(InterviewTurn turn, string text, Question? onScreen)
    {
        if (Corrected(turn.Wording, text) is not { } rest || Previous(turn.State, onScreen) is not { } previous)
        {
            return false;
        }

        var understood = understanding.Understand(rest, turn.Locale, previous.Name, turn.ReferenceTime);
        var findings = flow.Read(turn, understood, rest, previous.Name).Where(f => f.Question == previous.Name).ToList();
        if (findings.Count == 0)
        {
            return false;
        }

        var changed = flow.Apply(turn, findings);
        turn.Say(Acknowledgement.Changes(turn, flow.Questions, changed.Count > 0 ? changed
            : findings.Select(f => f.Field).Where(f => f is not (SlotNames.Salutation or SlotNames.Title)).Distinct()));
        if (onScreen is not null && !onScreen.IsAnswered(turn.State.Values))
        {
            InterviewFlow.Ask(turn, onScreen);
        }
        else
        {
            flow.AskNext(turn);
        }

        return true;
    }

    /// <summary>What follows a correction's opening words (<see cref="Wording.CorrectionStarts"/>), or null.</summary>
    internal static string? Corrected(Wording wording, string text)
    {
        var lower = text.Trim().TrimStart(Around).ToLowerInvariant();
        var start = wording.CorrectionStarts.Where(s => lower.StartsWith(s, StringComparison.Ordinal)
                && (lower.Length == s.Length || !char.IsLetter(lower[s.Length]))).MaxBy(s => s.Length);
        if (start is null)
        {
            return null;
        }

        var rest = text.Trim().TrimStart(Around)[start.Length..].Trim(Around);
        return rest.Length > 0 ? rest : null;
    }

    /// <summary>The question asked before the one on screen, when it has an answer to correct.</summary>
    private Question? Previous(InterviewState state, Question? onScreen)
    {
        var asked = state.Asked.Where(name => name != onScreen?.Name).ToList();
        return asked.Count > 0 && flow.Questions.Find(asked[^1]) is { } previous && previous.IsAnswered(state.Values) ? previous : null;
    }
}
