namespace PartnerBot.Interview.Phases;

/// <summary>The wish was sent.</summary>
internal sealed class CompletedPhase(InterviewFlow flow) : AfterInterviewPhase(flow)
{
    /// <inheritdoc/>
    public override InterviewPhase Phase => InterviewPhase.Completed;

    /// <inheritdoc/>
    public override void Prompt(InterviewTurn turn) => turn.Say(turn.Wording.AfterCompleted);
}
