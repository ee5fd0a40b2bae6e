using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Listening;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>A new conversation: greet the customer (in kind, as the business's digital assistant) and ask for consent, or welcome a
/// returning customer back with where their last wish stands.</summary>
internal sealed class GreetingPhase(InterviewStates states, ProfileWriter profiles, InterviewFlow flow, MessageKindStep kinds, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.New;

    /// <inheritdoc/>
    /// <remarks>What a first message says is not kept (the customer has not consented yet), but it is answered: a greeting in kind,
    /// a question, a wish for a person.</remarks>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (await WelcomeBackAsync(turn, cancellationToken))
        {
            return;
        }

        var greeting = understood.Kind == MessageKind.Greeting;
        turn.SayApart(Greeting(turn, greeting ? GreetingInKind.For(turn.Wording, text) : null));
        // Answered as a first message, before the phase changes: a "ja" in it is no consent to a question not yet asked.
        var outcome = greeting ? KindOutcome.NotHandled : await kinds.AnswerAsync(turn, text, understood, cancellationToken);
        turn.State.Phase = InterviewPhase.AwaitingConsent;
        if (outcome != KindOutcome.Done)
        {
            AskConsent(turn);
        }
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
    }

    /// <summary>Greets the customer: consent first, or welcome back for one who consented before.</summary>
    public async Task GreetAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        if (await WelcomeBackAsync(turn, cancellationToken))
        {
            return;
        }

        turn.SayApart(Greeting(turn, null));
        turn.State.Phase = InterviewPhase.AwaitingConsent;
        AskConsent(turn);
    }

    private string Greeting(InterviewTurn turn, string? hello) =>
        Wording.Fill(turn.Wording.Greeting, ("hello", hello ?? turn.Wording.GreetBackDefault), ("business", options.Value.BusinessName));

    private void AskConsent(InterviewTurn turn)
    {
        turn.SayApart(Wording.Fill(turn.Wording.ConsentQuestion, ("privacyUrl", options.Value.PrivacyUrl)));
        turn.Offer(turn.Wording.ChoicesFor(Wording.ConsentChoice));
    }

    private async Task<bool> WelcomeBackAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var partner = await states.PeekPartnerAsync(turn, cancellationToken);
        if (partner?.ConsentAt is null || partner.ConsentVersion != options.Value.ConsentVersion)
        {
            return false;
        }

        turn.Partner = partner;
        turn.SayApart(partner.Name is null
            ? Greeting(turn, null)
            : Wording.Fill(turn.Wording.WelcomeBack, ("name", CustomerText.Markdown(partner.Name))));
        var last = partner.ProfileId is null ? null : await profiles.GetAsync(partner.ProfileId, cancellationToken);
        var state = turn.State;
        state.ConsentAt = partner.ConsentAt;
        state.ConsentVersion = partner.ConsentVersion;
        if (last is { Status: ProfileStatus.InProgress })
        {
            state.Phase = InterviewPhase.AwaitingResumeChoice;
            turn.SayApart(turn.Wording.ResumeQuestion);
            turn.Offer(turn.Wording.ChoicesFor(Wording.ResumeChoice));
            return true;
        }

        if (last is { Wish: { } wish } && ReturnWording(turn.Wording, last) is { } told)
        {
            // The last wish stays the conversation's profile until the customer says what comes next: a question about it lands there.
            state.Values = last.Answers.Clone();
            state.Requests = [.. last.Requests];
            state.ProfileId = last.Id;
            state.CreatedAt = last.CreatedAt;
            state.ReturnedStatus = last.Status;
            state.Phase = InterviewPhase.Returned;
            turn.SayApart(Wording.Fill(told, ("wish", CustomerText.Markdown(wish))));
            turn.Offer(turn.Wording.ChoicesFor(Wording.ReturnChoice));
            return true;
        }

        InterviewFlow.StartNewWish(turn, partner);
        turn.SayApart(turn.Wording.NewWish);
        flow.AskNext(turn);
        return true;
    }

    /// <summary>Where the last wish stands, as the customer is told it: sent, sent and already in touch, or stopped.</summary>
    private static string? ReturnWording(Wording wording, PartnerProfile last)
    {
        var key = last.Status == ProfileStatus.Completed && last.FollowUp is FollowUpStatus.Contacted or FollowUpStatus.Won ? "contacted" : last.Status;
        return wording.ReturnWish.GetValueOrDefault(key);
    }
}
