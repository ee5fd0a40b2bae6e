using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The questions one by one: recognise what the message gives, validate it against the question on screen (counting the
/// misses), and re-prompt, skip or go on.</summary>
internal sealed class AskingPhase(InterviewFlow flow) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Asking;

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        var question = flow.Questions.Find(turn.State.CurrentSlot);
        var findings = flow.Read(turn, understood, text, question?.Name);
        var changed = flow.Apply(turn, findings);
        var answered = question is not null && findings.Any(f => f.Question == question.Name);
        if (findings.Count == 0)
        {
            Missed(turn, question);
            return Task.CompletedTask;
        }

        Acknowledge(turn, findings, changed, answered);
        if (answered || question is null)
        {
            flow.AskNext(turn);
        }
        else
        {
            turn.Say(question.Ask(turn.Wording));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        if (flow.Questions.Find(turn.State.CurrentSlot) is { } question)
        {
            turn.Say(question.Ask(turn.Wording));
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
        if (question is { Required: true } && state.Misses >= Question.MaxMisses)
        {
            turn.Say(turn.Wording.SkipHint);
        }
    }

    private void Acknowledge(InterviewTurn turn, List<Finding> findings, List<string> changed, bool answered)
    {
        var wording = turn.Wording;
        if (changed.Count > 0)
        {
            turn.Say(Wording.Fill(wording.Corrected, ("slots", flow.Questions.JoinLabels(wording, changed))));
            return;
        }

        var fields = findings.Select(f => f.Field).Distinct().ToList();
        if (fields.Count > 1 || !answered)
        {
            turn.Say(Wording.Fill(wording.Noted, ("slots", flow.Questions.JoinLabels(wording, fields))));
        }
        else if (fields[0] == SlotNames.Name && turn.State.Values.Text(SlotNames.Name) is { } name)
        {
            turn.Say(Wording.Fill(wording.NiceToMeetYou, ("name", CustomerText.Markdown(name))));
        }
        else
        {
            turn.Say(wording.Thanks);
        }
    }
}
