using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The interview's steps: greeting, consent, answers, summary and what comes after.</summary>
public sealed partial class InterviewEngine
{
    private async Task GreetAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var wording = turn.Wording;
        var partner = await PeekPartnerAsync(turn, cancellationToken);
        if (partner?.ConsentAt is not null && partner.ConsentVersion == _options.ConsentVersion)
        {
            await WelcomeBackAsync(turn, partner, cancellationToken);
            return;
        }

        turn.SayApart(Wording.Fill(wording.Greeting, ("business", _options.BusinessName)));
        turn.SayApart(Wording.Fill(wording.ConsentQuestion, ("privacyUrl", _options.PrivacyUrl)));
        turn.State.Phase = InterviewPhase.AwaitingConsent;
    }

    private async Task WelcomeBackAsync(InterviewTurn turn, PartnerState partner, CancellationToken cancellationToken)
    {
        turn.Partner = partner;
        turn.SayApart(partner.Name is null
            ? Wording.Fill(turn.Wording.Greeting, ("business", _options.BusinessName))
            : Wording.Fill(turn.Wording.WelcomeBack, ("name", CustomerText.Markdown(partner.Name))));
        var last = partner.ProfileId is null ? null : await _profiles.GetAsync(partner.ProfileId, cancellationToken);
        turn.State.ConsentAt = partner.ConsentAt;
        turn.State.ConsentVersion = partner.ConsentVersion;
        if (last is { Status: ProfileStatus.InProgress })
        {
            turn.State.Phase = InterviewPhase.AwaitingResumeChoice;
            turn.SayApart(turn.Wording.ResumeQuestion);
            return;
        }

        StartNewWish(turn, partner);
        turn.SayApart(turn.Wording.NewWish);
        AskNext(turn);
    }

    private void StartNewWish(InterviewTurn turn, PartnerState partner)
    {
        var state = turn.State;
        state.Values = new CollectedValues { Name = partner.Name, Email = partner.Email, Phone = partner.Phone };
        state.Asked.Clear();
        state.Skipped.Clear();
        state.ProfileId = Guid.NewGuid().ToString("N");
        state.CreatedAt = turn.Now;
        state.Phase = InterviewPhase.Asking;
        state.CurrentSlot = null;
        turn.ProfileChanged = true;
    }

    private async Task OnConsentAnswerAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        switch (understood.YesNo)
        {
            case YesNo.Yes:
                // What the consenting message itself said is kept; anything written before it was used for its own turn only.
                await GiveConsentAsync(turn, cancellationToken);
                Apply(turn, FindingReader.Read(understood, text, null, turn.State.Values, turn.Wording));
                turn.Say(turn.Wording.ConsentThanks);
                AskNext(turn);
                break;
            case YesNo.No:
                Decline(turn);
                break;
            default:
                turn.Say(turn.Wording.ConsentRetry);
                break;
        }
    }

    private async Task OnDeclinedMessageAsync(InterviewTurn turn, Understood understood, CancellationToken cancellationToken)
    {
        if (understood.YesNo == YesNo.Yes)
        {
            await GiveConsentAsync(turn, cancellationToken);
            turn.Say(turn.Wording.ConsentThanks);
            AskNext(turn);
            return;
        }

        turn.Say(Wording.Fill(turn.Wording.DeclinedReminder, ("business", _options.BusinessName), ("contact", _options.BusinessContact)));
    }

    private async Task GiveConsentAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.ConsentAt = turn.Now;
        state.ConsentVersion = _options.ConsentVersion;
        state.ProfileId ??= Guid.NewGuid().ToString("N");
        state.CreatedAt ??= turn.Now;
        state.Phase = InterviewPhase.Asking;
        turn.ProfileChanged = true;

        var partner = await PartnerAsync(turn, cancellationToken);
        partner.ConsentAt = state.ConsentAt;
        partner.ConsentVersion = state.ConsentVersion;
    }

    private void Decline(InterviewTurn turn)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Declined;
        state.Values = new CollectedValues();
        state.CurrentSlot = null;
        turn.Say(Wording.Fill(turn.Wording.Declined, ("business", _options.BusinessName), ("contact", _options.BusinessContact)));
    }

    private async Task OnResumeAnswerAsync(InterviewTurn turn, Understood understood, CancellationToken cancellationToken)
    {
        var partner = await PartnerAsync(turn, cancellationToken);
        switch (understood.YesNo)
        {
            case YesNo.Yes:
                var profile = partner.ProfileId is null ? null : await _profiles.GetAsync(partner.ProfileId, cancellationToken);
                if (profile is null)
                {
                    StartNewWish(turn, partner);
                }
                else
                {
                    turn.State.Values = CollectedValues.From(profile);
                    turn.State.ProfileId = profile.Id;
                    turn.State.CreatedAt = profile.CreatedAt;
                    turn.State.Phase = InterviewPhase.Asking;
                    turn.ProfileChanged = true;
                }

                turn.Say(turn.Wording.Resumed);
                AskNext(turn);
                break;
            case YesNo.No:
                StartNewWish(turn, partner);
                turn.Say(turn.Wording.NewWish);
                AskNext(turn);
                break;
            default:
                turn.Say(turn.Wording.ResumeRetry);
                break;
        }
    }
}
