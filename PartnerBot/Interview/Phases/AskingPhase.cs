using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The questions one by one: recognise what the message gives, validate it against the question on screen (counting the
/// misses), and re-prompt, skip or go on.</summary>
internal sealed class AskingPhase(InterviewFlow flow, AnswerPlacement placement, LastAnswerCorrection correction, ITextUnderstanding understanding,
    IOptions<BotOptions> options) : IPhase
{
    /// <summary>Messages answering other questions (a miss counts as one) after which an optional question on screen is left open.</summary>
    private const int MaxSidesteps = 3;

    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Asking;

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        var question = flow.Questions.Find(turn.State.CurrentSlot);
        (text, understood) = AfterLeadingYes(turn, text, understood, question);
        if (question is ContactQuestion && ContactRefusal.Refuses(turn.Wording, text, understood))
        {
            ContactRefusal.Accept(turn, flow, options.Value);
            return Task.CompletedTask;
        }

        if (understood.CorrectedSlot is null && correction.Take(turn, text, question))
        {
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

            if (PassedOver(turn, text, asked))
            {
                return Task.CompletedTask;
            }
        }

        if (LeavesForNow(turn.Wording, text, findings, question))
        {
            // "muss jetzt los, melde mich später" to the vision question is a goodbye for now, not the vision; the question stays on screen.
            turn.Say(turn.Wording.PausedForNow);
            return Task.CompletedTask;
        }

        var changed = flow.Apply(turn, findings);
        var answered = question is not null && findings.Any(f => f.Question == question.Name);
        if (findings.Count == 0 && unsure is null)
        {
            Missed(turn, question, text);
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
        else if (!question.Required && ++turn.State.Sidesteps + turn.State.Misses >= MaxSidesteps)
        {
            // Answered around three times, or missed and then answered around twice: the customer does not want to (or cannot) answer
            // this one now; it is left open, not asked once more.
            turn.State.Skipped.Add(question.Name);
            flow.AskNext(turn);
        }
        else
        {
            // The message answered something else: kept, and the question on screen asked once more without counting a miss.
            InterviewFlow.Ask(turn, question);
        }

        return Task.CompletedTask;
    }

    /// <summary>"fine. Harry Wood", "ok, im März": the yes in front is an acknowledgement, and what follows answers the question on
    /// screen; the message is read without it when only then it answers. A yes waiting for "Soll es bis März fertig sein?" stays.</summary>
    private (string Text, Understood Understood) AfterLeadingYes(InterviewTurn turn, string text, Understood understood, Question? question)
    {
        if (question is null || understood.YesNo != YesNo.Yes || turn.State.UnsureText is not null || LeadingYes.Rest(text, turn.Wording) is not { } rest
            || Answers(turn, understood, text, question))
        {
            return (text, understood);
        }

        var again = understanding.Understand(rest, turn.Locale, question.Name, turn.ReferenceTime);
        return Answers(turn, again, rest, question) ? (rest, again) : (text, understood);
    }

    private static bool LeavesForNow(Wording wording, string text, List<Finding> findings, Question? question)
    {
        var joined = " " + string.Join(' ', MessageWords.Of(text)) + " ";
        // "gotta go, I'll finish this later" to the timeframe question is no timeframe in words either; a date or an amount stays one.
        return question is not null && findings.All(f => f.Question == question.Name && (question is FreeTextQuestion || InWordsOnly(f)))
            && wording.LeavingForNow.Any(p => joined.Contains(" " + p + " ", StringComparison.OrdinalIgnoreCase));
    }

    private static bool InWordsOnly(Finding finding) =>
        finding.Field is SlotNames.Timeframe or SlotNames.Budget && finding.Answer is System.Text.Json.Nodes.JsonObject answer
        && answer["date"] is null && answer["amount"] is null && answer["urgent"]?.GetValue<bool>() != true && answer["open"]?.GetValue<bool>() != true;

    private bool Answers(InterviewTurn turn, Understood understood, string text, Question question) =>
        flow.Read(turn, understood, text, question.Name).Any(f => f.Question == question.Name);

    /// <summary>The message that made the bot leave a question open has moved on to the next one ("new windows for the front of the
    /// house" after the name was asked twice): it answers that question, instead of being lost.</summary>
    private bool AnswersNext(InterviewTurn turn, string text)
    {
        var state = turn.State;
        var next = flow.Questions.All.FirstOrDefault(q => !q.IsAnswered(state.Values) && !state.Skipped.Contains(q.Name));
        if (next is null || MessageWords.Of(text).Length < MinWordsOfMovedOnAnswer)
        {
            return false;
        }

        var again = understanding.Understand(text, turn.Locale, next.Name, turn.ReferenceTime);
        var (findings, _) = placement.Place(flow, turn, again, text, next);
        if (!findings.Any(f => f.Question == next.Name))
        {
            return false;
        }

        turn.Say(Acknowledgement.For(turn, flow.Questions, findings, flow.Apply(turn, findings), text));
        flow.AskNext(turn);
        return true;
    }

    private const int MinWordsOfMovedOnAnswer = 3;

    /// <summary>"Soll es bis 14. August fertig sein?" passed over with the answer to the question it came instead of ("naked cake
    /// style with fresh flowers" for the vision): the date stands as the customer said it, and the message answers that question.</summary>
    private bool PassedOver(InterviewTurn turn, string text, Finding asked)
    {
        var state = turn.State;
        var other = flow.Questions.All.FirstOrDefault(q => q.Name != SlotNames.Timeframe && !q.IsAnswered(state.Values) && !state.Skipped.Contains(q.Name));
        if (other is null)
        {
            return false;
        }

        var again = understanding.Understand(text, turn.Locale, other.Name, turn.ReferenceTime);
        var (findings, _) = placement.Place(flow, turn, again, text, other);
        if (!findings.Any(f => f.Question == other.Name) || findings.Any(f => f.Field == SlotNames.Timeframe))
        {
            return false;
        }

        findings = [.. findings, asked];
        turn.Say(Acknowledgement.For(turn, flow.Questions, findings, flow.Apply(turn, findings), text));
        flow.AskNext(turn);
        return true;
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
    private void Missed(InterviewTurn turn, Question? question, string text)
    {
        var state = turn.State;
        state.Misses++;
        if (question is { Required: false } && state.Misses >= Question.MaxMisses)
        {
            state.Skipped.Add(question.Name);
            turn.Say(turn.Wording.SkippedOptional);
            if (!AnswersNext(turn, text))
            {
                flow.AskNext(turn);
            }

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
