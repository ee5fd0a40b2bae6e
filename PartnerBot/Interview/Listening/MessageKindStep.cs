using System.Globalization;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>The one place where a message that wants something other than an answer is served, in every phase and before consent
/// too: a question for the business, a question about the question, a person, a call back, a complaint, a greeting, a question
/// about the bot or about the data, going on after stopping. A question is never taken as an answer.</summary>
internal sealed class MessageKindStep(InterviewFlow flow, RequestDesk requests, BusinessFacts facts, IOptions<BotOptions> bot, IOptions<PrivacyOptions> privacy)
{
    /// <summary>Says what the message wants answered; whether the phase should then say again what it waits for is in the outcome.</summary>
    public async Task<KindOutcome> AnswerAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (turn.State.Callback is not null && requests.TakeCallbackDetails(turn, text, understood) is var details && details != KindOutcome.NotHandled)
        {
            return details;
        }

        switch (understood.Kind)
        {
            case MessageKind.Human or MessageKind.Callback or MessageKind.Complaint:
                return await requests.TakeAsync(turn, text, understood, cancellationToken);
            case MessageKind.Question:
                AnswerQuestion(turn, text);
                return KindOutcome.Answered;
            case MessageKind.Clarification:
                return Clarify(turn);
            case MessageKind.Greeting:
                turn.Say(GreetingInKind.For(turn.Wording, text));
                return KindOutcome.Answered;
            case MessageKind.AboutBot or MessageKind.Privacy when SaidAsAnswer(turn, text):
                // "dass alles läuft und die Daten sicher sind" to the vision question is the vision, not a question about the data.
                return KindOutcome.NotHandled;
            case MessageKind.AboutBot:
                turn.Say(Fill(turn.Wording.AboutBot));
                return KindOutcome.Answered;
            case MessageKind.Privacy:
                turn.Say(Wording.Fill(Fill(turn.Wording.PrivacyAnswer),
                    ("retentionDays", privacy.Value.RetentionDays.ToString(CultureInfo.InvariantCulture)),
                    ("incompleteDays", privacy.Value.IncompleteRetentionDays.ToString(CultureInfo.InvariantCulture))));
                return KindOutcome.Answered;
            case MessageKind.Resume:
                return Resume(turn);
            default:
                return KindOutcome.NotHandled;
        }
    }

    /// <summary>A statement without a question mark or a question word in front, to a question answered in free words.</summary>
    private bool SaidAsAnswer(InterviewTurn turn, string text) =>
        turn.State.Phase == InterviewPhase.Asking && flow.Questions.Find(turn.State.CurrentSlot) is Questions.FreeTextQuestion
        && !text.Contains('?', StringComparison.Ordinal) && !QuestionStart.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex QuestionStart =
        Vocabulary.Compile(@"^\W*" + Vocabulary.Shared.Pattern("kind.questionStarts") + @"(?![\p{L}])");

    /// <summary>Whether a message that wants something else (to say du) also gives a value while the interview asks: a name, an e-mail.</summary>
    public bool GivesValues(InterviewTurn turn, Understood understood, string text) =>
        turn.State.Phase == InterviewPhase.Asking && flow.Read(turn, understood, text, null).Count > 0;

    /// <summary>Whether a message gives a name, an e-mail or a phone number while the interview asks.</summary>
    public bool GivesContact(InterviewTurn turn, Understood understood, string text) =>
        turn.State.Phase == InterviewPhase.Asking
        && flow.Read(turn, understood, text, turn.State.CurrentSlot).Any(f => f.Field is SlotNames.Name or SlotNames.Email or SlotNames.Phone);

    /// <summary>From the owner's facts, or passed on honestly (and noted, after consent); the interview's question comes back after.</summary>
    public void AnswerQuestion(InterviewTurn turn, string text)
    {
        if (facts.Answer(text, turn.Locale) is { } answer)
        {
            turn.Say(answer);
        }
        else if (turn.State.HasConsent)
        {
            turn.Say(Fill(turn.Wording.QuestionPassedOn));
            RequestDesk.Record(turn, RequestKind.Question, text);
        }
        else
        {
            turn.Say(Fill(turn.Wording.QuestionPassedOnBeforeConsent));
        }
    }

    /// <summary>The question on screen in other words; on the consent question, what consenting means.</summary>
    private KindOutcome Clarify(InterviewTurn turn)
    {
        var state = turn.State;
        if (state.Phase == InterviewPhase.Asking && flow.Questions.Find(state.CurrentSlot) is { } question)
        {
            turn.Say(Fill(question.Explain(turn.Wording)));
            return KindOutcome.Done;
        }

        if (state.Phase is InterviewPhase.New or InterviewPhase.AwaitingConsent or InterviewPhase.Declined)
        {
            turn.Say(Fill(turn.Wording.ConsentExplained));
            turn.Offer(turn.Wording.ChoicesFor(Wording.ConsentChoice));
            // The explanation was given: the next reminder uses other words again.
            state.ConsentPrompts = Math.Max(state.ConsentPrompts, 2);
            return KindOutcome.Done;
        }

        turn.Say(turn.Wording.Help);
        return KindOutcome.Answered;
    }

    /// <summary>"Doch weitermachen" after stopping goes on where the interview stopped; while asking it just asks again.</summary>
    private KindOutcome Resume(InterviewTurn turn)
    {
        var state = turn.State;
        var stopped = state.Phase == InterviewPhase.Cancelled
            || (state.Phase == InterviewPhase.Returned && state.ReturnedStatus == ProfileStatus.Cancelled);
        if (stopped && state.HasConsent)
        {
            state.ReturnedStatus = null;
            state.Phase = InterviewPhase.Asking;
            turn.ProfileChanged = true;
            turn.Say(turn.Wording.ResumedAfterCancel);
            flow.AskNext(turn);
            return KindOutcome.Done;
        }

        return state.Phase == InterviewPhase.Asking ? KindOutcome.Answered : KindOutcome.NotHandled;
    }

    private string Fill(string template) =>
        Wording.Fill(template, ("business", bot.Value.BusinessName), ("contact", bot.Value.BusinessContact), ("privacyUrl", bot.Value.PrivacyUrl));
}
