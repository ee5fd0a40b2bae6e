using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"überspringen": leaves the question on screen unanswered and asks the next.</summary>
internal sealed class SkipCommand(InterviewFlow flow, PhaseRouter phases, IOptions<BotOptions> options) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Skip;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.Phase == InterviewPhase.Asking && state.CurrentSlot == SlotNames.Contact)
        {
            // "Das möchte ich nicht angeben" at the contact question: explained once, never asked again.
            ContactRefusal.Accept(turn, flow, options.Value);
        }
        else if (state.Phase == InterviewPhase.Asking && state.CurrentSlot is { } question)
        {
            state.Skipped.Add(question);
            turn.Say(turn.Wording.SkippedByCustomer);
            flow.AskNext(turn);
        }
        else
        {
            phases.RepeatPrompt(turn);
        }

        return Task.CompletedTask;
    }
}
