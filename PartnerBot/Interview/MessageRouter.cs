using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Commands;
using PartnerBot.Interview.Listening;
using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>Where a customer's message goes: the language it asks for, the greeting, a command, the erasure question, du, a question
/// beside the answers, what the message wants besides an answer (a question, a person, a complaint …), and else the phase the
/// conversation is in.</summary>
internal sealed class MessageRouter(ITextUnderstanding understanding, CommandRouter commands, PhaseRouter phases, GreetingPhase greeting,
    ErasureConfirmation erasure, MessageKindStep kinds, SpokenLanguage language, WordingCatalog wordings, SummaryPhase summary, IOptions<BotOptions> options)
{
    /// <summary>Takes the interview one step further with the turn's message.</summary>
    public async Task RouteAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var text = MessageText.Clean(turn.Context.Activity.Text, options.Value.MaxMessageLength, out var truncated);
        if (truncated)
        {
            turn.Say(Wording.Fill(turn.Wording.TooLong, ("max", options.Value.MaxMessageLength.ToString("N0", turn.Culture))));
        }

        var phase = turn.State.Phase;
        var onScreen = phase switch
        {
            InterviewPhase.Asking => turn.State.CurrentSlot,
            InterviewPhase.AwaitingConsent or InterviewPhase.Declined => SlotNames.Consent,
            _ => null,
        };
        if (text.Length > 0 && language.Requested(turn, text))
        {
            // "English, please": the conversation goes on in it, with the question on screen.
            if (phase == InterviewPhase.New)
            {
                await greeting.GreetAsync(turn, cancellationToken);
            }
            else
            {
                phases.RepeatPrompt(turn);
            }

            return;
        }

        var understood = text.Length == 0 ? new Understood() : understanding.Understand(text, turn.Locale, onScreen, turn.ReferenceTime);
        language.Notice(turn, text);
        if (phase == InterviewPhase.New)
        {
            await greeting.HandleAsync(turn, text, understood, cancellationToken);
            return;
        }

        // A 👍 answers a yes-or-no question; otherwise a message without words gets a friendly word and the question again.
        var answersChoice = understood.YesNo != YesNo.None && phase is not InterviewPhase.Asking;
        if (text.Length == 0 || (!MessageText.HasWords(text) && !answersChoice))
        {
            turn.Say(text.Length > 0 ? turn.Wording.EmojiOnly
                : turn.Context.Activity.Attachments?.Count > 0 ? Wording.Fill(turn.Wording.AttachmentNotKept, ("business", options.Value.BusinessName), ("contact", options.Value.BusinessContact))
                : turn.Wording.Empty);
            phases.RepeatPrompt(turn);
            return;
        }

        if (understood.Command is { } command)
        {
            await commands.RunAsync(turn, command.Command, cancellationToken);
            return;
        }

        if (turn.EraseAsked && understood.YesNo != YesNo.None)
        {
            // A yes or no answers "Sind Sie sicher?"; any other message leaves the question behind and is handled as it is.
            await erasure.AnswerAsync(turn, understood, cancellationToken);
            return;
        }

        if (understood.Kind == MessageKind.OfferDu)
        {
            FormOfAddress.OfferDu(turn, wordings);
            // "Ich bin der Jonas, du kannst mich duzen" also answers the question on screen.
            if (!kinds.GivesValues(turn, understood, text))
            {
                phases.RepeatPrompt(turn);
                return;
            }

            understood = understood with { Kind = MessageKind.Answer };
        }

        if (WishAskedFor.Wish(turn, text, understood) is { } wish)
        {
            // "Könnten Sie unser Wohnzimmer streichen?" to the wish question asks for the work: it is the wish.
            text = wish;
            understood = understanding.Understand(text, turn.Locale, turn.State.CurrentSlot, turn.ReferenceTime);
        }

        if (BesideTheQuestion.AskedBesideAnswers(turn, text, understood, understanding) is { } asked)
        {
            // "I'm Rebecca, a photographer for 18 September. Do you travel to Scotland?": the question is answered or noted, the
            // rest answers the interview as if written alone.
            foreach (var question in asked.Questions)
            {
                kinds.AnswerQuestion(turn, question);
            }

            text = asked.Others;
            understood = understanding.Understand(text, turn.Locale, turn.State.CurrentSlot, turn.ReferenceTime);
        }

        // "Passt so, aber rufen Sie mich bitte noch an": the yes confirms the summary before the wish is served.
        summary.ConfirmBeforeRequest(turn, text, understood);

        // What a message wants besides an answer is served first, the same in every phase.
        switch (await kinds.AnswerAsync(turn, text, understood, cancellationToken))
        {
            case KindOutcome.Answered when (BesideTheQuestion.Rest(turn, text, understood) ?? NameBefore(turn, text, understood)) is { } rest:
                // The question was answered or passed on; the sentences around it answer the question on screen.
                await phases.For(turn).HandleAsync(turn, rest, understanding.Understand(rest, turn.Locale, turn.State.CurrentSlot, turn.ReferenceTime), cancellationToken);
                return;
            case KindOutcome.Answered when turn.State.Phase == InterviewPhase.AwaitingConsent && ClosingYes.In(text, turn.Wording):
                // "hi, do you work weekends? yes sure": the question was answered, the yes after it is the consent.
                await phases.For(turn).HandleAsync(turn, text, understood with { Kind = MessageKind.Answer }, cancellationToken);
                return;
            case KindOutcome.Answered:
                phases.RepeatPrompt(turn);
                return;
            case KindOutcome.Done:
                return;
        }

        await phases.For(turn).HandleAsync(turn, text, understood, cancellationToken);
    }

    /// <summary>The few words before a question that give a name or a contact ("Max Weber – machen Sie auch …?"), or null; a short
    /// "no idea, when can you do it?" stays the question alone.</summary>
    private string? NameBefore(InterviewTurn turn, string text, Understood understood) =>
        BesideTheQuestion.ShortLead(turn, text, understood) is { } lead
        && kinds.GivesContact(turn, understanding.Understand(lead, turn.Locale, turn.State.CurrentSlot, turn.ReferenceTime), lead) ? lead : null;
}
