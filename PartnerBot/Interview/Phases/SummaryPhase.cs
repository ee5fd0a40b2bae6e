using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The summary was shown: "ja" completes the wish, a new value corrects it and shows the summary again.</summary>
internal sealed class SummaryPhase(InterviewFlow flow, ITextUnderstanding understanding, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Confirming;

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        // A plain "ja", "passt", "stimmt so" confirms, whatever a recognizer might read into it.
        var plainYes = PlainYes(turn.Wording, text, understood);
        if (!plainYes && (flow.Correct(turn, understood, text) || CorrectNamed(turn, text) || CorrectLastClause(turn, text, understood)))
        {
            // What changed was just said; the rest stays as shown, so the whole list is not repeated.
            turn.Say(turn.Wording.SummaryAfterChange);
            turn.Offer(turn.Wording.ChoicesFor(Wording.ConfirmChoice));
            return Task.CompletedTask;
        }

        // Nothing to correct in it: "Merci vielmal, stimmt so" ends in a yes.
        switch (plainYes || (understood.YesNo == YesNo.None && ClosingYes.In(text, turn.Wording)) ? YesNo.Yes : understood.YesNo)
        {
            case YesNo.Yes:
                Complete(turn);
                break;
            case YesNo.No:
                turn.Say(turn.Wording.SummaryWhatToChange);
                break;
            default:
                Prompt(turn);
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>"looks right, but could someone ring me to arrange a visit?": a yes in front of a wish for a person, a call back or a
    /// complaint confirms the summary; the wish is served after it (never the summary asked for again, which would lose the yes).</summary>
    public void ConfirmBeforeRequest(InterviewTurn turn, string text, Understood understood)
    {
        if (turn.State.Phase == InterviewPhase.Confirming && turn.State.HasConsent
            && understood.Kind is MessageKind.Human or MessageKind.Callback or MessageKind.Complaint && OpensWithYes(turn.Wording, text, understood))
        {
            Complete(turn);
        }
    }

    /// <summary>The message's first clause agrees ("looks right, but …", "Ja, passt. Aber …") and none says no.</summary>
    private static bool OpensWithYes(Wording wording, string text, Understood understood)
    {
        var first = text.Split(ClauseEnds, 2)[0];
        var firstWords = string.Join(' ', MessageWords.Of(first));
        return understood.YesNo == YesNo.Yes
            || wording.Confirmations.Contains(firstWords, StringComparer.OrdinalIgnoreCase)
            || Recognizer.Recognize(first) == YesNo.Yes;
    }

    private static readonly char[] ClauseEnds = [',', ';', '.', '!', '?', ':', '\n'];
    private static readonly YesNoRecognizer Recognizer = new();

    private void Complete(InterviewTurn turn)
    {
        turn.State.Phase = InterviewPhase.Completed;
        turn.State.CurrentSlot = null;
        turn.ProfileChanged = true;
        var name = CustomerAddress.Of(turn.State.Values, turn.Informal) ?? "";
        turn.Say(Wording.Fill(turn.Wording.Completed, ("name", CustomerText.Markdown(name)), ("business", options.Value.BusinessName)).Replace(", !", "!", StringComparison.Ordinal));
    }

    /// <summary>"na, die Summe is eher 150.000": nothing read on its own, the message names the answer it corrects and is read as
    /// the answer to that question.</summary>
    private bool CorrectNamed(InterviewTurn turn, string text)
    {
        var words = MessageWords.Of(text);
        foreach (var (field, names) in turn.Wording.FieldWords)
        {
            // Only answers of a form of their own: read as the name or the wish, any words would do ("der Name passt").
            if (field is not (SlotNames.Budget or SlotNames.Timeframe or SlotNames.Email or SlotNames.Phone)
                || !words.Any(w => names.Any(n => w.StartsWith(n, StringComparison.Ordinal))))
            {
                continue;
            }

            var again = understanding.Understand(text, turn.Locale, field, turn.ReferenceTime);
            if (again.Kind == MessageKind.Answer && flow.Correct(turn, again, text, field))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"nein, nicht 6000, eher 7000 pro Jahr": the value the customer puts last replaces the one they reject before it.</summary>
    private bool CorrectLastClause(InterviewTurn turn, string text, Understood understood)
    {
        var clauses = text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (understood.YesNo != YesNo.No || clauses.Length < 2 || !clauses[^1].Any(char.IsDigit))
        {
            return false;
        }

        // Read as the answer to each question whose value has a figure: "eher 7000 pro Jahr" is a budget only when read as one.
        var last = clauses[^1];
        foreach (var field in (string[])[SlotNames.Budget, SlotNames.Timeframe, SlotNames.Phone])
        {
            var again = understanding.Understand(last, turn.Locale, field, turn.ReferenceTime);
            if (again.Kind == MessageKind.Answer && flow.Correct(turn, again, last, field))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short yes ("ja", "Ja, passt so") or one of the wording's confirmations ("stimmt so").</summary>
    private static bool PlainYes(Wording wording, string text, Understood understood)
    {
        var words = MessageWords.Of(text);
        var joined = string.Join(' ', words);
        return (understood.YesNo == YesNo.Yes && words.Length <= 4 && understood.Email is null && understood.Phone is null && understood.Budget is null)
            || wording.Confirmations.Contains(joined, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        turn.Say(turn.Wording.SummaryRetry);
        turn.Offer(turn.Wording.ChoicesFor(Wording.ConfirmChoice));
    }
}
