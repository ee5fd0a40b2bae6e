using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>Greeted, waiting for consent: "ja" begins the interview (keeping what that message itself says), "nein" stores nothing.</summary>
internal sealed class ConsentPhase(ConsentGiver consent, InterviewFlow flow, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.AwaitingConsent;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        switch (understood.YesNo)
        {
            case YesNo.Yes:
                // What the consenting message itself said is kept; anything written before it was used for its own turn only.
                await consent.GiveAsync(turn, cancellationToken);
                flow.Apply(turn, flow.Read(turn, understood, text, null));
                turn.Say(turn.Wording.ConsentThanks);
                flow.AskNext(turn);
                break;
            case YesNo.No:
                var state = turn.State;
                state.Phase = InterviewPhase.Declined;
                state.Values = new ProfileAnswers();
                state.CurrentSlot = null;
                turn.Say(Wording.Fill(turn.Wording.Declined, ("business", options.Value.BusinessName), ("contact", options.Value.BusinessContact)));
                break;
            default:
                Prompt(turn);
                break;
        }
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        turn.Say(turn.Wording.ConsentRetry);
        turn.Offer(turn.Wording.ChoicesFor(Wording.ConsentChoice));
    }
}
