using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A returning customer was told where their last wish stands: a new wish starts a profile of its own, "weitermachen" goes
/// on with a stopped one, a question is answered (by the message-kind step); a greeting is never taken for a wish.</summary>
internal sealed class ReturnedPhase(InterviewStates states, InterviewFlow flow) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Returned;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var choices = turn.Wording.ChoicesFor(Wording.ReturnChoice);
        if (choices.Length > 1 && Chose(text, choices[1]))
        {
            turn.Say(turn.Wording.ReturnAskAway);
            return;
        }

        if (state.ReturnedStatus == ProfileStatus.Cancelled && understood.YesNo == YesNo.Yes)
        {
            state.ReturnedStatus = null;
            turn.ProfileChanged = true;
            turn.Say(turn.Wording.Resumed);
            flow.AskNext(turn);
            return;
        }

        // "Etwas Neues", or "ja" to "gibt es etwas Neues?": the wish question; a message with a wish in it: that wish.
        var fresh = Chose(text, choices.FirstOrDefault()) || (understood.YesNo == YesNo.Yes && state.ReturnedStatus != ProfileStatus.Cancelled);
        var findings = fresh || understood.YesNo != YesNo.None ? [] : flow.Read(turn, understood, text, SlotNames.Wish);
        if (!fresh && !findings.Any(f => f.Question == SlotNames.Wish))
        {
            Prompt(turn);
            return;
        }

        InterviewFlow.StartNewWish(turn, await states.PartnerAsync(turn, cancellationToken));
        flow.Apply(turn, findings);
        turn.Say(turn.Wording.NewWish);
        flow.AskNext(turn);
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        turn.Say(turn.Wording.ReturnRetry);
        turn.Offer(turn.Wording.ChoicesFor(Wording.ReturnChoice));
    }

    private static bool Chose(string text, string? choice) =>
        choice is not null && string.Equals(text.Trim().TrimEnd('.', '!'), choice, StringComparison.OrdinalIgnoreCase);
}
