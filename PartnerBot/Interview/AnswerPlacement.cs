using System.Text.Json;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>Decides where a message's values land while a question is on screen: the answer fills that question first; another
/// question's value is taken from the same message only when it is explicit (an e-mail, a phone number, an amount, a deadline phrase),
/// and a deadline without such a phrase is kept aside to be confirmed.</summary>
public sealed class AnswerPlacement(ITextUnderstanding understanding)
{
    private const int MaxWordsOfTimeframeAlone = 6;
    private const int MaxWordsAroundTimeframe = 2;
    private const int MinBudgetOutOfPlace = 100;

    private static readonly HashSet<string> ByItself = [SlotNames.Name, SlotNames.Email, SlotNames.Phone, SlotNames.Wish, SlotNames.Budget];

    /// <summary>The findings to apply now and the one to confirm first (or null).</summary>
    internal (List<Finding> Now, Finding? Unsure) Place(InterviewFlow flow, InterviewTurn turn, Understood understood, string text, Question? onScreen)
    {
        var findings = flow.Read(turn, understood, text, onScreen?.Name);
        if (onScreen is null)
        {
            return (findings, null);
        }

        if (onScreen.Name == SlotNames.Budget && YearAsBudget(findings, turn.ReferenceTime))
        {
            // "Bis Ostern 2027" at the budget question is a deadline, not 2027 €: the budget is asked once more.
            return ([AsDeadline(flow, turn, text)], null);
        }

        if (onScreen.Name == SlotNames.Vision && !findings.Any(f => f.Field == SlotNames.Timeframe) && TimeframeAlone(flow, turn, text) is { } deadline)
        {
            // "it's on March 6th", "in 6-8 Wochen" to the vision question: the customer answered the timeframe; the vision is asked again.
            return ([deadline], null);
        }

        if (findings.Count == 0 && onScreen.Name == SlotNames.Timeframe && AsBudget(flow, turn, text) is { } budget)
        {
            // "öppe 3000 Franke im Jahr" to the timeframe question answers the budget (a figure the budget question reads), not
            // the timeframe in words; the timeframe is asked once more.
            return ([budget], null);
        }

        var values = turn.State.Values;
        var now = new List<Finding>();
        Finding? unsure = null;
        if (onScreen.Name == SlotNames.Vision && !values.Has(SlotNames.Timeframe) && DeadlineBesideVision(flow, turn, text) is { } besides)
        {
            // "modern, und fertig sein soll es bis Ende Mai": the vision and, said as a deadline, the timeframe in one message.
            now.Add(besides);
        }

        foreach (var finding in findings)
        {
            if (finding.Field == SlotNames.Name && onScreen.Name != SlotNames.Name && values.Has(SlotNames.Name) && understood.CorrectedSlot != SlotNames.Name)
            {
                // A known name changes only when the customer says so: "asap its urgent" does not make them "Urgent".
                continue;
            }

            // "actually make that april" at the budget question: the customer says which answer they correct.
            if (finding.Question == onScreen.Name || ByItself.Contains(finding.Field) || understood.CorrectedSlot == finding.Field)
            {
                now.Add(finding);
            }
            else if (finding.Field == SlotNames.Timeframe && onScreen.Name != SlotNames.Vision)
            {
                // Time words in the vision are about life, never the deadline; elsewhere "bis März" is one, "im März" may be one.
                if (IsDeadlinePhrase(turn.Wording, text) || (finding.Answer["urgent"]?.GetValue<bool>() == true))
                {
                    now.Add(finding);
                }
                else if (finding.Answer["date"] is not null && !values.Has(SlotNames.Timeframe))
                {
                    // Asked back only while there is no timeframe: "Fr. 2500 im Monat" does not put the known deadline in doubt.
                    unsure = finding;
                }
            }
        }

        // Only a message in which nothing else was recognised is an answer in words ("bis Ende März" at the budget is a date).
        if (findings.Count == 0 && OpenWords(onScreen, understood, text, turn.Wording) is { } words)
        {
            now.Add(words);
        }
        else if (now.Count == 0 && unsure is null && onScreen.Name == SlotNames.Budget && understood.Kind is (MessageKind.Answer or MessageKind.None or MessageKind.No)
            && FreeTextQuestion.SaysDontKnow(text, turn.Wording))
        {
            // "weiß noch nicht" to the budget question answers it (no figure yet), though it reads as an open timeframe too.
            var said = text.Trim();
            now.Add(new Finding(onScreen.Name, SlotNames.Budget, said, said, JsonSerializer.SerializeToNode(new BudgetValue(said, null, null), ProfileAnswers.ValueOptions)!));
        }

        return (now, unsure);
    }

    /// <summary>Whether the text says the date is a deadline ("bis", "spätestens", "by").</summary>
    public static bool IsDeadlinePhrase(Wording wording, string text)
    {
        var words = MessageWords.Of(text);
        return wording.DeadlineWords.Any(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The budget found is a bare year to come ("2027"), written without a currency, a limit ("höchstens 2000") or a period.</summary>
    private static bool YearAsBudget(List<Finding> findings, DateTimeOffset now) =>
        findings.FirstOrDefault(f => f.Field == SlotNames.Budget)?.Answer.Deserialize<BudgetValue>(ProfileAnswers.ValueOptions) is { Amount: { } amount, Min: null, Max: null, UpTo: false, Per: null } value
        && amount >= now.Year && amount <= now.Year + 10 && amount % 1 == 0
        && value.Text.Trim().All(char.IsDigit);

    /// <summary>The message read as an answer to the timeframe question when that is all it is: a date within the next years or an
    /// urgent "so bald wie möglich", with at most a few words around it ("it's on"); null for a vision that mentions time.</summary>
    private Finding? TimeframeAlone(InterviewFlow flow, InterviewTurn turn, string text)
    {
        if (MessageWords.Of(text).Length > MaxWordsOfTimeframeAlone)
        {
            return null;
        }

        var again = understanding.Understand(text, turn.Locale, SlotNames.Timeframe, turn.ReferenceTime);
        var soon = again.Timeframe is { } date ? date.Date <= DateOnly.FromDateTime(turn.ReferenceTime.Date).AddYears(2) : again.Urgent;
        if (!soon || MessageWords.Of(again.Remainder).Length > MaxWordsAroundTimeframe || again.Kind is not (MessageKind.Answer or MessageKind.None))
        {
            return null;
        }

        return flow.Read(turn, again, text, SlotNames.Timeframe).FirstOrDefault(f => f.Field == SlotNames.Timeframe);
    }

    /// <summary>A deadline said beside the vision: a date within the next years, finer than a year, right after a deadline word
    /// ("we need it done by the end of May"); null for time words about life ("in zwei Jahren drei Filialen", "bis 2030").</summary>
    private Finding? DeadlineBesideVision(InterviewFlow flow, InterviewTurn turn, string text)
    {
        if (!MessageWords.Of(text).Any(w => turn.Wording.DeadlineWords.Contains(w, StringComparer.OrdinalIgnoreCase)))
        {
            return null; // no deadline word at all: the vision is not read a second time
        }

        var again = understanding.Understand(text, turn.Locale, SlotNames.Timeframe, turn.ReferenceTime);
        var today = DateOnly.FromDateTime(turn.ReferenceTime.Date);
        if (again.Timeframe is not { } date || date.Date < today || date.Date > today.AddYears(2) || BareYear.IsMatch(date.Timex)
            || !AfterDeadlineWord(turn.Wording, text, date.Text))
        {
            return null;
        }

        return flow.Read(turn, again, text, SlotNames.Timeframe).FirstOrDefault(f => f.Field == SlotNames.Timeframe);
    }

    private static readonly System.Text.RegularExpressions.Regex BareYear = new(@"^\d{4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the date's words begin with a deadline word or follow one ("by | March 15", "bis | Ende Mai").</summary>
    private static bool AfterDeadlineWord(Wording wording, string text, string dateText)
    {
        var at = text.IndexOf(dateText, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var own = MessageWords.Of(dateText);
        var before = MessageWords.Of(text[..at]);
        return (own.Length > 0 && wording.DeadlineWords.Contains(own[0], StringComparer.OrdinalIgnoreCase))
            || (before.Length > 0 && wording.DeadlineWords.Contains(before[^1], StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The message read as an answer to the budget question when it gives a figure there.</summary>
    private Finding? AsBudget(InterviewFlow flow, InterviewTurn turn, string text)
    {
        var again = understanding.Understand(text, turn.Locale, SlotNames.Budget, turn.ReferenceTime);
        // A small figure is a count ("öppe 3 Mönet" not read as a date), not money.
        return again.Budget is not { Amount: >= MinBudgetOutOfPlace } || again.Kind != MessageKind.Answer ? null
            : flow.Read(turn, again, text, SlotNames.Budget).FirstOrDefault(f => f.Field == SlotNames.Budget);
    }

    /// <summary>The message read as an answer to the timeframe question; its words when no date is recognised in it.</summary>
    private Finding AsDeadline(InterviewFlow flow, InterviewTurn turn, string text)
    {
        var again = understanding.Understand(text, turn.Locale, SlotNames.Timeframe, turn.ReferenceTime);
        var words = text.Trim();
        return flow.Read(turn, again, text, SlotNames.Timeframe).FirstOrDefault(f => f.Field == SlotNames.Timeframe)
            ?? new Finding(SlotNames.Timeframe, SlotNames.Timeframe, words, words,
                JsonSerializer.SerializeToNode(new TimeframeValue(words, null, null), ProfileAnswers.ValueOptions)!);
    }

    /// <summary>An open answer in the customer's words where the question takes one (the timeframe, the budget) and it speaks of it
    /// (<see cref="Wording.OpenAnswerWords"/>): "wenn die Finanzierung steht" is a timeframe even without a date. Questions and requests are none.</summary>
    private static Finding? OpenWords(Question onScreen, Understood understood, string text, Wording wording)
    {
        if (understood.Kind is not (MessageKind.Answer or MessageKind.None) || FreeTextQuestion.Text(text, wording) is not { } words
            || MessageWords.Of(words) is not { Length: >= 2 } written
            || !wording.OpenAnswerWords.TryGetValue(onScreen.Name, out var hints)
            || !written.Any(w => hints.Any(h => w.StartsWith(h, StringComparison.Ordinal))))
        {
            // Words that say nothing about the question ("die Farbe Blau" for a budget) stay a miss.
            return null;
        }

        return onScreen.Name switch
        {
            SlotNames.Timeframe => new Finding(onScreen.Name, SlotNames.Timeframe, words, words,
                JsonSerializer.SerializeToNode(new TimeframeValue(words, null, null), ProfileAnswers.ValueOptions)!),
            SlotNames.Budget => new Finding(onScreen.Name, SlotNames.Budget, words, words,
                JsonSerializer.SerializeToNode(new BudgetValue(words, null, null), ProfileAnswers.ValueOptions)!),
            _ => null,
        };
    }
}
