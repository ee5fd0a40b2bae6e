using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The interview's answers: applying findings, validation, the next question, the summary.</summary>
public sealed partial class InterviewEngine
{
    private void OnAnswer(InterviewTurn turn, string text, Understood understood)
    {
        var state = turn.State;
        var current = state.CurrentSlot;
        var findings = FindingReader.Read(understood, text, current, turn.State.Values, turn.Wording);
        var changed = Apply(turn, findings);
        var answered = findings.Any(f => FindingReader.InterviewSlot(f.Slot) == current);

        if (!answered && findings.Count == 0)
        {
            state.Misses++;
            var slot = InterviewSlots.Find(current);
            if (slot is { Required: false } && state.Misses >= SlotDefinition.MaxMisses)
            {
                state.Skipped.Add(slot.Name);
                turn.Say(turn.Wording.SkippedOptional);
                AskNext(turn);
                return;
            }

            turn.Say(turn.Wording.Retries.GetValueOrDefault(current ?? "", turn.Wording.Help));
            if (slot is { Required: true } && state.Misses >= SlotDefinition.MaxMisses)
            {
                turn.Say(turn.Wording.SkipHint);
            }

            return;
        }

        Acknowledge(turn, findings, changed, answered);
        if (answered)
        {
            AskNext(turn);
        }
        else
        {
            turn.Say(turn.Wording.Questions.GetValueOrDefault(current ?? "", ""));
        }
    }

    private void OnConfirmation(InterviewTurn turn, string text, Understood understood)
    {
        var findings = FindingReader.Read(understood, text, null, turn.State.Values, turn.Wording);
        if (findings.Count > 0)
        {
            var changed = Apply(turn, findings);
            turn.Say(Wording.Fill(turn.Wording.Corrected, ("slots", turn.Wording.JoinLabels(changed.Count > 0 ? changed : findings.Select(f => f.Slot).Distinct()))));
            ShowSummary(turn, ask: true);
            return;
        }

        switch (understood.YesNo)
        {
            case YesNo.Yes:
                turn.State.Phase = InterviewPhase.Completed;
                turn.State.CurrentSlot = null;
                turn.ProfileChanged = true;
                var name = turn.State.Values.Name ?? "";
                turn.Say(Wording.Fill(turn.Wording.Completed, ("name", CustomerText.Markdown(name)), ("business", _options.BusinessName)).Replace(", !", "!", StringComparison.Ordinal));
                break;
            case YesNo.No:
                turn.Say(turn.Wording.SummaryWhatToChange);
                break;
            default:
                turn.Say(turn.Wording.SummaryRetry);
                break;
        }
    }

    private void OnAfterInterview(InterviewTurn turn, string text, Understood understood)
    {
        var findings = turn.State.HasConsent ? FindingReader.Read(understood, text, null, turn.State.Values, turn.Wording) : [];
        if (findings.Count > 0)
        {
            var changed = Apply(turn, findings);
            turn.Say(Wording.Fill(turn.Wording.Corrected, ("slots", turn.Wording.JoinLabels(changed.Count > 0 ? changed : findings.Select(f => f.Slot).Distinct()))));
            return;
        }

        RepeatPrompt(turn);
    }

    /// <summary>Applies findings to the values and records them as entries; returns the slots whose earlier value changed.</summary>
    private static List<string> Apply(InterviewTurn turn, IReadOnlyList<Finding> findings)
    {
        var changed = new List<string>();
        var values = turn.State.Values;
        foreach (var finding in findings)
        {
            var before = SlotValue(values, finding.Slot);
            finding.Apply(values);
            var after = SlotValue(values, finding.Slot);
            if (before is not null && before != after)
            {
                changed.Add(finding.Slot);
            }

            turn.State.Skipped.Remove(FindingReader.InterviewSlot(finding.Slot));
            turn.Record(finding);
        }

        if (turn.Partner is { } partner)
        {
            partner.Name = values.Name ?? partner.Name;
            partner.Email = values.Email ?? partner.Email;
            partner.Phone = values.Phone ?? partner.Phone;
        }

        return changed;
    }

    private static string? SlotValue(CollectedValues values, string slot) => slot switch
    {
        SlotNames.Name => values.Name,
        SlotNames.Wish => values.Wish,
        SlotNames.Vision => values.Vision,
        SlotNames.Timeframe => values.Timeframe?.Date?.ToString("O") ?? values.Timeframe?.Text,
        SlotNames.Budget => values.Budget is null ? null : $"{values.Budget.Amount} {values.Budget.Currency}",
        SlotNames.Email => values.Email,
        SlotNames.Phone => values.Phone,
        _ => null,
    };

    private static void Acknowledge(InterviewTurn turn, List<Finding> findings, List<string> changed, bool answered)
    {
        var wording = turn.Wording;
        if (changed.Count > 0)
        {
            turn.Say(Wording.Fill(wording.Corrected, ("slots", wording.JoinLabels(changed))));
            return;
        }

        var slots = findings.Select(f => f.Slot).Distinct().ToList();
        if (slots.Count > 1 || !answered)
        {
            turn.Say(Wording.Fill(wording.Noted, ("slots", wording.JoinLabels(slots))));
        }
        else if (slots[0] == SlotNames.Name && turn.State.Values.Name is { } name)
        {
            turn.Say(Wording.Fill(wording.NiceToMeetYou, ("name", CustomerText.Markdown(name))));
        }
        else
        {
            turn.Say(wording.Thanks);
        }
    }

    /// <summary>Asks the first slot that is neither known nor skipped, or shows the summary when all are done.</summary>
    internal static void AskNext(InterviewTurn turn)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Asking;
        var next = InterviewSlots.All.FirstOrDefault(s => !state.Values.Has(s.Name) && !state.Skipped.Contains(s.Name));
        if (next is null)
        {
            state.Phase = InterviewPhase.Confirming;
            state.CurrentSlot = null;
            ShowSummary(turn, ask: true);
            return;
        }

        Ask(turn, next.Name);
    }

    /// <summary>Asks one slot.</summary>
    internal static void Ask(InterviewTurn turn, string slot)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Asking;
        state.CurrentSlot = slot;
        state.Misses = 0;
        state.Asked.Remove(slot);
        state.Asked.Add(slot);
        turn.Say(turn.Wording.Questions.GetValueOrDefault(slot, slot));
    }

    /// <summary>The summary as its own message, with the confirmation question when <paramref name="ask"/>.</summary>
    internal static void ShowSummary(InterviewTurn turn, bool ask)
    {
        var text = turn.Wording.SummaryIntro + "\n\n" + SummaryWriter.Lines(turn.State.Values, turn.Wording, turn.Culture);
        turn.SayApart(ask ? text + "\n\n" + turn.Wording.SummaryQuestion : text);
    }

    /// <summary>Says again what the bot is waiting for.</summary>
    internal void RepeatPrompt(InterviewTurn turn)
    {
        var wording = turn.Wording;
        var state = turn.State;
        switch (state.Phase)
        {
            case InterviewPhase.AwaitingConsent:
                turn.Say(wording.ConsentRetry);
                break;
            case InterviewPhase.AwaitingResumeChoice:
                turn.Say(wording.ResumeRetry);
                break;
            case InterviewPhase.Asking when state.CurrentSlot is not null:
                turn.Say(wording.Questions.GetValueOrDefault(state.CurrentSlot, ""));
                break;
            case InterviewPhase.Confirming:
                turn.Say(wording.SummaryRetry);
                break;
            case InterviewPhase.Completed:
                turn.Say(wording.AfterCompleted);
                break;
            case InterviewPhase.Cancelled:
                turn.Say(wording.Cancelled);
                break;
            case InterviewPhase.Declined:
                turn.Say(Wording.Fill(wording.DeclinedReminder, ("business", _options.BusinessName), ("contact", _options.BusinessContact)));
                break;
        }
    }
}
