using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Listening;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>Greeted, waiting for consent: "ja" begins the interview (keeping what that message itself says), "nein" stores nothing;
/// asked again, the question comes in other words each time, with buttons.</summary>
internal sealed class ConsentPhase(ConsentGiver consent, InterviewFlow flow, RequestDesk requests, ITextUnderstanding understanding, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.AwaitingConsent;

    /// <inheritdoc/>
    public async Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        switch (ConsentAnswer.Of(turn, text, understood, understanding))
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

                flow.Apply(turn, ReadAnswers(turn, text, understood));
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

    /// <summary>What the consenting message gives; "ok, Anna Weber" answers the first question after the yes in front.</summary>
    private List<Finding> ReadAnswers(InterviewTurn turn, string text, Understood understood)
    {
        var findings = flow.Read(turn, understood, text, null);
        var state = turn.State;
        // "yep cheers": nothing is left beside the yes, so there is no first answer to look for.
        if (string.IsNullOrWhiteSpace(understood.Remainder)
            || flow.Questions.All.FirstOrDefault(q => !q.IsAnswered(state.Values) && !state.Skipped.Contains(q.Name)) is not { } first
            || findings.Any(f => f.Question == first.Name)
            || LeadingYes.Rest(text, turn.Wording) is not { } rest || MessageWords.Of(rest).Length > MaxWordsOfFirstAnswer)
        {
            return findings;
        }

        var again = understanding.Understand(rest, turn.Locale, first.Name, turn.ReferenceTime);
        if (again.YesNo != YesNo.None || again.Kind is not (MessageKind.Answer or MessageKind.None))
        {
            return findings;
        }

        var read = flow.Read(turn, again, rest, first.Name);
        return read.Any(f => f.Question == first.Name) ? read : findings;
    }

    /// <summary>A longer message after the yes says something else than the first answer ("ja, ich hätte da eine Frage").</summary>
    private const int MaxWordsOfFirstAnswer = 6;

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
