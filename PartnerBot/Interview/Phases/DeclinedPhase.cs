using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The customer declined consent: a friendly bot that stores nothing, until they say "ja" after all.</summary>
internal sealed class DeclinedPhase(ConsentGiver consent, InterviewFlow flow, Listening.RequestDesk requests, ITextUnderstanding understanding,
    IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Declined;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (ConsentAnswer.Of(turn, text, understood, understanding) != YesNo.Yes)
        {
            Prompt(turn);
            return;
        }

        await consent.GiveAsync(turn, cancellationToken);
        turn.Say(turn.Wording.ConsentThanks);
        if (turn.State.PendingRequest is not null)
        {
            requests.TakeUpAfterConsent(turn, understood, text);
            return;
        }

        flow.AskNext(turn);
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn) =>
        turn.Say(Wording.Fill(turn.Wording.DeclinedReminder, ("business", options.Value.BusinessName), ("contact", options.Value.BusinessContact)));
}
