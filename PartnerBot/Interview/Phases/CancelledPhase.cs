namespace PartnerBot.Interview.Phases;

/// <summary>The customer consented and then stopped the interview: what they said stays (status <c>cancelled</c>), "neu starten" goes on.</summary>
internal sealed class CancelledPhase(InterviewFlow flow) : AfterInterviewPhase(flow)
{
    /// <inheritdoc/>
    public override InterviewPhase Phase => InterviewPhase.Cancelled;

    /// <inheritdoc/>
    public override void Prompt(InterviewTurn turn) => turn.Say(turn.Wording.Cancelled);
}
