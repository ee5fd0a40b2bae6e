using PartnerBot.Interview.Phases;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"neu starten": the questions from the beginning; a finished wish stays as it is and the new one gets a profile of its own.</summary>
internal sealed class RestartCommand(InterviewFlow flow, PhaseRouter phases) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Restart;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (!state.HasConsent)
        {
            phases.RepeatPrompt(turn);
            return Task.CompletedTask;
        }

        if (state.Phase is InterviewPhase.Completed)
        {
            state.ProfileId = Guid.NewGuid().ToString("N");
            state.CreatedAt = turn.Now;
        }

        state.Values = new ProfileAnswers();
        state.Asked.Clear();
        state.Skipped.Clear();
        turn.ProfileChanged = true;
        turn.Say(turn.Wording.Restarted);
        flow.AskNext(turn);
        return Task.CompletedTask;
    }
}
