using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"zusammenfassung": what the customer told us so far, then the question again.</summary>
internal sealed class SummaryCommand(InterviewFlow flow, PhaseRouter phases) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Summary;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var confirming = state.Phase == InterviewPhase.Confirming;
        if (state.HasConsent || state.Phase is InterviewPhase.Asking || confirming)
        {
            flow.ShowSummary(turn, ask: confirming);
        }

        if (!confirming)
        {
            phases.RepeatPrompt(turn);
        }

        return Task.CompletedTask;
    }
}
