using PartnerBot.Interview.Phases;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"neu starten": the questions from the beginning, keeping who the customer is; a finished wish stays as it is and the new one gets a profile of its own.</summary>
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

        if (state.Phase is InterviewPhase.Completed or InterviewPhase.Returned)
        {
            state.ProfileId = Guid.NewGuid().ToString("N");
            state.CreatedAt = turn.Now;
            state.Requests = [];
            state.ReturnedStatus = null;
        }

        // Who they are stays (name with salutation and title, how to reach them): only the wish starts again.
        var kept = new ProfileAnswers();
        foreach (var field in flow.Questions.Find(SlotNames.Name)?.Fields.Concat([SlotNames.Email, SlotNames.Phone]) ?? [])
        {
            kept.Set(field, state.Values[field]);
        }

        state.Values = kept;
        state.Asked.Clear();
        state.Skipped.Clear();
        state.Callback = null;
        turn.ProfileChanged = true;
        turn.Say(kept.Text(SlotNames.Name) is { } name ? Wording.Fill(turn.Wording.RestartedKnown, ("name", CustomerText.Markdown(name))) : turn.Wording.Restarted);
        flow.AskNext(turn);
        return Task.CompletedTask;
    }
}
