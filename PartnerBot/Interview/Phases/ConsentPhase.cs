using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Listening;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>Greeted, waiting for consent: "ja" begins the interview (keeping what that message itself says), "nein" stores nothing;
/// asked again, the question comes in other words each time, with buttons.</summary>
internal sealed class ConsentPhase(ConsentGiver consent, InterviewFlow flow, RequestDesk requests, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.AwaitingConsent;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        switch (understood.YesNo == YesNo.None && ClosingYes.In(text, turn.Wording) ? YesNo.Yes : understood.YesNo)
        {
            case YesNo.Yes:
                // What the consenting message itself said is kept; anything written before it was used for its own turn only.
                await consent.GiveAsync(turn, cancellationToken);
                turn.Say(turn.Wording.ConsentThanks);
                if (turn.State.PendingRequest is not null)
                {
                    requests.TakeUpAfterConsent(turn, understood, text);
                    break;
                }

                flow.Apply(turn, flow.Read(turn, understood, text, null));
                flow.AskNext(turn);
                break;
            case YesNo.No:
                var state = turn.State;
                state.Phase = InterviewPhase.Declined;
                state.Values = new ProfileAnswers();
                state.CurrentSlot = null;
                state.PendingRequest = null;
                turn.Say(Wording.Fill(turn.Wording.Declined, ("business", options.Value.BusinessName), ("contact", options.Value.BusinessContact)));
                break;
            default:
                Prompt(turn);
                break;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Never the same words twice running: the retry, then an explanation of what consenting means, then the nudges in turn.</remarks>
    public void Prompt(InterviewTurn turn)
    {
        var wording = turn.Wording;
        var asked = turn.State.ConsentPrompts++;
        turn.Say(asked switch
        {
            0 => wording.ConsentRetry,
            1 => Wording.Fill(wording.ConsentExplained, ("business", options.Value.BusinessName)),
            _ when wording.ConsentNudges.Count > 0 => wording.ConsentNudges[(asked - 2) % wording.ConsentNudges.Count],
            _ => asked % 2 == 0 ? wording.ConsentRetry : Wording.Fill(wording.ConsentExplained, ("business", options.Value.BusinessName)),
        });
        turn.Offer(wording.ChoicesFor(Wording.ConsentChoice));
    }
}
