using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A new conversation: greet the customer and ask for consent, or welcome a returning customer back.</summary>
internal sealed class GreetingPhase(InterviewStates states, ProfileWriter profiles, InterviewFlow flow, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.New;

    /// <inheritdoc/>
    /// <remarks>What a first message says is not kept: the customer has not consented yet.</remarks>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken) =>
        GreetAsync(turn, cancellationToken);

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
    }

    /// <summary>Greets the customer: consent first, or welcome back for one who consented before.</summary>
    public async Task GreetAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var partner = await states.PeekPartnerAsync(turn, cancellationToken);
        if (partner?.ConsentAt is not null && partner.ConsentVersion == options.Value.ConsentVersion)
        {
            await WelcomeBackAsync(turn, partner, cancellationToken);
            return;
        }

        turn.SayApart(Wording.Fill(turn.Wording.Greeting, ("business", options.Value.BusinessName)));
        turn.SayApart(Wording.Fill(turn.Wording.ConsentQuestion, ("privacyUrl", options.Value.PrivacyUrl)));
        turn.Offer(turn.Wording.ChoicesFor(Wording.ConsentChoice));
        turn.State.Phase = InterviewPhase.AwaitingConsent;
    }

    private async Task WelcomeBackAsync(InterviewTurn turn, PartnerState partner, CancellationToken cancellationToken)
    {
        turn.Partner = partner;
        turn.SayApart(partner.Name is null
            ? Wording.Fill(turn.Wording.Greeting, ("business", options.Value.BusinessName))
            : Wording.Fill(turn.Wording.WelcomeBack, ("name", CustomerText.Markdown(partner.Name))));
        var last = partner.ProfileId is null ? null : await profiles.GetAsync(partner.ProfileId, cancellationToken);
        turn.State.ConsentAt = partner.ConsentAt;
        turn.State.ConsentVersion = partner.ConsentVersion;
        if (last is { Status: ProfileStatus.InProgress })
        {
            turn.State.Phase = InterviewPhase.AwaitingResumeChoice;
            turn.SayApart(turn.Wording.ResumeQuestion);
            turn.Offer(turn.Wording.ChoicesFor(Wording.ResumeChoice));
            return;
        }

        InterviewFlow.StartNewWish(turn, partner);
        turn.SayApart(turn.Wording.NewWish);
        flow.AskNext(turn);
    }
}
