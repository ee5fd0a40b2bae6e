using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A returning customer with an unfinished wish: "ja" continues it, "nein" starts a new one.</summary>
internal sealed class ResumePhase(InterviewStates states, ProfileWriter profiles, InterviewFlow flow) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.AwaitingResumeChoice;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (understood.YesNo == YesNo.None)
        {
            Prompt(turn);
            return;
        }

        var partner = await states.PartnerAsync(turn, cancellationToken);
        var profile = understood.YesNo == YesNo.Yes && partner.ProfileId is not null ? await profiles.GetAsync(partner.ProfileId, cancellationToken) : null;
        if (profile is null)
        {
            InterviewFlow.StartNewWish(turn, partner);
        }
        else
        {
            turn.State.Values = profile.Answers.Clone();
            turn.State.Requests = [.. profile.Requests];
            turn.State.ProfileId = profile.Id;
            turn.State.CreatedAt = profile.CreatedAt;
            turn.State.Phase = InterviewPhase.Asking;
            turn.ProfileChanged = true;
        }

        turn.Say(understood.YesNo == YesNo.Yes ? turn.Wording.Resumed : turn.Wording.NewWish);
        flow.AskNext(turn);
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        turn.Say(turn.Wording.ResumeRetry);
        turn.Offer(turn.Wording.ChoicesFor(Wording.ResumeChoice));
    }
}
