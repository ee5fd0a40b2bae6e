using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"zurück": asks the question before the one on screen (or the last one, at the summary) again.</summary>
internal sealed class BackCommand(InterviewFlow flow, PhaseRouter phases) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Back;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var current = state.Phase == InterviewPhase.Confirming ? null : state.CurrentSlot;
        var asked = state.Asked.Where(s => s != current).ToList();
        if (state.Phase is not (InterviewPhase.Asking or InterviewPhase.Confirming) || asked.Count == 0 || flow.Questions.Find(asked[^1]) is not { } previous)
        {
            turn.Say(turn.Wording.NothingToGoBackTo);
            phases.RepeatPrompt(turn);
            return Task.CompletedTask;
        }

        state.Skipped.Remove(previous.Name);
        if (current is not null)
        {
            state.Asked.Remove(current);
        }

        InterviewFlow.Ask(turn, previous);
        return Task.CompletedTask;
    }
}
