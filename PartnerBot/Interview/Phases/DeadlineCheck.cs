using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A date given to another question without a deadline phrase ("eine Website, am besten im März") is asked back once
/// ("Soll es bis März fertig sein?") rather than taken as the deadline; meanwhile the timeframe question is on screen, so the
/// customer's own deadline answers it too.</summary>
internal static class DeadlineCheck
{
    /// <summary>Keeps <paramref name="unsure"/> aside and asks whether it is the deadline.</summary>
    public static void Ask(InterviewTurn turn, Finding unsure)
    {
        var state = turn.State;
        state.Unsure = new ProfileAnswers();
        state.Unsure.Set(unsure.Field, unsure.Answer.DeepClone());
        state.UnsureText = unsure.Text;
        state.Phase = InterviewPhase.Asking;
        state.CurrentSlot = SlotNames.Timeframe;
        state.Misses = 0;
        turn.Say(Wording.Fill(turn.Wording.ConfirmDeadline, ("value", CustomerText.Markdown(unsure.Text))));
        turn.Offer(turn.Wording.ChoicesFor(SlotNames.Timeframe + "Confirm"));
    }

    /// <summary>The date waiting for a yes, taken out of the state (null when none waits).</summary>
    public static Finding? Take(InterviewTurn turn)
    {
        var state = turn.State;
        if (state.UnsureText is not { } text || state.Unsure[SlotNames.Timeframe] is not { } answer)
        {
            return null;
        }

        state.Unsure = new ProfileAnswers();
        state.UnsureText = null;
        return new Finding(SlotNames.Timeframe, SlotNames.Timeframe, text, answer["date"]?.GetValue<string>() ?? text, answer);
    }
}
