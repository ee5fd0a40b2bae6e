using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"abbrechen": stops a consented interview; what was said stays (status <c>cancelled</c>) until the customer erases it.</summary>
internal sealed class CancelCommand(PhaseRouter phases) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Cancel;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.HasConsent && state.Phase is InterviewPhase.Asking or InterviewPhase.Confirming or InterviewPhase.AwaitingResumeChoice)
        {
            state.Phase = InterviewPhase.Cancelled;
            state.CurrentSlot = null;
            turn.ProfileChanged = state.ProfileId is not null;
            turn.Say(turn.Wording.Cancelled);
        }
        else
        {
            phases.RepeatPrompt(turn);
        }

        return Task.CompletedTask;
    }
}
