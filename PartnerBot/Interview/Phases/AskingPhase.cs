using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The questions one by one: recognise what the message gives, validate it against the question on screen (counting the
/// misses), and re-prompt, skip or go on.</summary>
internal sealed class AskingPhase(InterviewFlow flow, AnswerPlacement placement, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Asking;

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        var question = flow.Questions.Find(turn.State.CurrentSlot);
        if (question is ContactQuestion && ContactRefusal.Refuses(turn.Wording, text, understood))
        {
            ContactRefusal.Accept(turn, flow, options.Value);
            return Task.CompletedTask;
        }

        var (findings, unsure) = placement.Place(flow, turn, understood, text, question);
        if (DeadlineCheck.Take(turn) is { } asked && !findings.Any(f => f.Field == SlotNames.Timeframe))
        {
            // The answer to "Soll es bis März fertig sein?": yes takes the date, no leaves the timeframe for later.
            findings = understood.YesNo == YesNo.Yes ? [.. findings, asked] : findings;
            if (understood.YesNo != YesNo.None)
            {
                turn.Say(Acknowledgement.For(turn, flow.Questions, findings, flow.Apply(turn, findings), text));
                flow.AskNext(turn);
                return Task.CompletedTask;
            }
        }

        var changed = flow.Apply(turn, findings);
        var answered = question is not null && findings.Any(f => f.Question == question.Name);
        if (findings.Count == 0 && unsure is null)
        {
            Missed(turn, question);
            return Task.CompletedTask;
        }

        turn.Say(Acknowledgement.For(turn, flow.Questions, findings, changed, text));
        if (unsure is not null)
        {
            DeadlineCheck.Ask(turn, unsure);
        }
        else if (answered || question is null || question.IsAnswered(turn.State.Values))
        {
            flow.AskNext(turn);
        }
        else
        {
            // The message answered something else: kept, and the question on screen asked once more without counting a miss.
            InterviewFlow.Ask(turn, question);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        if (flow.Questions.Find(turn.State.CurrentSlot) is { } question)
        {
            turn.Say(question.Ask(turn.Wording));
            turn.Offer(turn.Wording.ChoicesFor(question.Name));
        }
    }

    /// <summary>Nothing fitted: the second try with an example; an optional question is skipped after its misses, a required one
    /// says that "überspringen" works.</summary>
    private void Missed(InterviewTurn turn, Question? question)
    {
        var state = turn.State;
        state.Misses++;
        if (question is { Required: false } && state.Misses >= Question.MaxMisses)
        {
            state.Skipped.Add(question.Name);
            turn.Say(turn.Wording.SkippedOptional);
            flow.AskNext(turn);
            return;
        }

        turn.Say(question?.Retry(turn.Wording) ?? turn.Wording.Help);
        if (question is not null)
        {
            // What the bot still needs, with the common answers as buttons ("So bald wie möglich", "Nach Angebot").
            turn.Offer(turn.Wording.ChoicesFor(question.Name));
        }

        if (question is { Required: true } && state.Misses >= Question.MaxMisses)
        {
            turn.Say(turn.Wording.SkipHint);
        }
    }
}
