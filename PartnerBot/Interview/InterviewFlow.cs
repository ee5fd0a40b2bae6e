using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The steps every phase and command shares: reading a message for the questions, applying what it gives, asking the next
/// question and showing the summary.</summary>
public sealed class InterviewFlow(Questionnaire questions)
{
    /// <summary>The interview's questions.</summary>
    public Questionnaire Questions { get; } = questions;

    /// <summary>The values a message gives; <paramref name="onScreen"/> lets a bare free-text answer count for the question just asked.</summary>
    internal List<Finding> Read(InterviewTurn turn, Understood understood, string text, string? onScreen) =>
        Questions.Read(new MessageReading(understood, text, onScreen, turn.State.Values, turn.Wording));

    /// <summary>Applies findings to the answers and records them as entries; returns the fields whose earlier value changed.</summary>
    internal List<string> Apply(InterviewTurn turn, IReadOnlyList<Finding> findings)
    {
        var changed = new List<string>();
        var values = turn.State.Values;
        foreach (var finding in findings)
        {
            var question = Questions.Find(finding.Question)!;
            var before = question.Key(values, finding.Field);
            values.Set(finding.Field, finding.Answer);
            if (finding.Field is SlotNames.Email or SlotNames.Phone)
            {
                values.Set(ContactQuestion.WithheldField, null);
            }

            if (before is not null && before != question.Key(values, finding.Field))
            {
                changed.Add(finding.Field);
            }

            turn.State.Skipped.Remove(finding.Question);
            turn.Record(finding);
        }

        if (turn.Partner is { } partner)
        {
            partner.Name = values.Text(SlotNames.Name) ?? partner.Name;
            partner.Email = values.Text(SlotNames.Email) ?? partner.Email;
            partner.Phone = values.Text(SlotNames.Phone) ?? partner.Phone;
        }

        return changed;
    }

    /// <summary>Applies what a message gives outside the questions (at the summary, after the interview) and says what changed;
    /// false when it gave nothing. With <paramref name="named"/>, the message is read as the answer to that question.</summary>
    internal bool Correct(InterviewTurn turn, Understood understood, string text, string? named = null)
    {
        // A question the message names takes only its own answer, never the whole message as a wish.
        var findings = named is null ? Read(turn, understood, text, null) : [.. Read(turn, understood, text, named).Where(f => f.Field == named)];
        if (turn.State.Values.Has(SlotNames.Name) && understood.CorrectedSlot != SlotNames.Name
            && (understood.YesNo != YesNo.None || MessageWords.Of(understood.Remainder).Length > 0))
        {
            // "great, thanks, bye" is no new name "Bye": a known name changes when the customer says so or writes the name alone.
            findings.RemoveAll(f => f.Field == SlotNames.Name);
        }

        if (findings.Count == 0)
        {
            return false;
        }

        // A value given for the first time with a correction ("… und meine Nummer ist 0171 …") is named with the changed ones.
        var fields = findings.Select(f => f.Field).Where(f => f is not (SlotNames.Salutation or SlotNames.Title)).Distinct().ToList();
        var added = fields.Where(f => !turn.State.Values.Has(f)).ToList();
        var changed = Apply(turn, findings);
        var said = fields.Where(f => changed.Contains(f) || added.Contains(f)).ToList();
        turn.Say(Acknowledgement.Changes(turn, Questions, said.Count > 0 ? said : fields));
        return true;
    }

    /// <summary>Asks the first question that is neither answered nor skipped, or shows the summary when all are done.</summary>
    internal void AskNext(InterviewTurn turn)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Asking;
        var next = Questions.All.FirstOrDefault(q => !q.IsAnswered(state.Values) && !state.Skipped.Contains(q.Name));
        if (next is null)
        {
            state.Phase = InterviewPhase.Confirming;
            state.CurrentSlot = null;
            ShowSummary(turn, ask: true);
            return;
        }

        Ask(turn, next);
    }

    /// <summary>Makes the first open question the one on screen without asking it (something else is asked first).</summary>
    internal void PointAtNext(InterviewTurn turn)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Asking;
        state.CurrentSlot = Questions.All.FirstOrDefault(q => !q.IsAnswered(state.Values) && !state.Skipped.Contains(q.Name))?.Name;
        state.Misses = 0;
    }

    /// <summary>Asks one question.</summary>
    internal static void Ask(InterviewTurn turn, Question question)
    {
        var state = turn.State;
        state.Phase = InterviewPhase.Asking;
        // Asked again, the question keeps its count of misses and answers around it: they tell when to leave it open.
        var again = state.CurrentSlot == question.Name;
        state.Sidesteps = again ? state.Sidesteps : 0;
        state.Misses = again ? state.Misses : 0;
        state.CurrentSlot = question.Name;
        state.Asked.Remove(question.Name);
        state.Asked.Add(question.Name);
        turn.Say(question.Ask(turn.Wording));
        turn.Offer(turn.Wording.ChoicesFor(question.Name));
    }

    /// <summary>The summary as its own message, with the confirmation question when <paramref name="ask"/>.</summary>
    internal void ShowSummary(InterviewTurn turn, bool ask)
    {
        var text = turn.Wording.SummaryIntro + "\n\n" + SummaryWriter.Lines(Questions, turn.State.Values, turn.Wording, turn.Culture);
        if (turn.State.Values.Has(ContactQuestion.WithheldField))
        {
            text += "\n- " + Questions.Label(turn.Wording, SlotNames.Contact) + ": " + turn.Wording.ContactWithheld;
        }

        turn.SayApart(ask ? text + "\n\n" + turn.Wording.SummaryQuestion : text);
        if (ask)
        {
            turn.Offer(turn.Wording.ChoicesFor(Wording.ConfirmChoice));
        }
    }

    /// <summary>Starts a new wish for a known customer: a profile of its own, their name and contact carried over.</summary>
    internal static void StartNewWish(InterviewTurn turn, PartnerState partner)
    {
        var state = turn.State;
        state.Values = new Profiles.ProfileAnswers();
        state.Values.SetText(SlotNames.Name, partner.Name);
        state.Values.SetText(SlotNames.Email, partner.Email);
        state.Values.SetText(SlotNames.Phone, partner.Phone);
        state.Asked.Clear();
        state.Skipped.Clear();
        state.Requests = [];
        state.ReturnedStatus = null;
        state.Callback = null;
        state.ProfileId = Guid.NewGuid().ToString("N");
        state.CreatedAt = turn.Now;
        state.Phase = InterviewPhase.Asking;
        state.CurrentSlot = null;
        turn.ProfileChanged = true;
    }
}
