using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A phase after the questions (completed or cancelled): a new value still corrects what the customer said; anything else
/// gets the phase's word about what can come next.</summary>
internal abstract class AfterInterviewPhase(InterviewFlow flow) : IPhase
{
    /// <inheritdoc/>
    public abstract InterviewPhase Phase { get; }

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (!turn.State.HasConsent || !flow.Correct(turn, understood, text))
        {
            Prompt(turn);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public abstract void Prompt(InterviewTurn turn);
}
