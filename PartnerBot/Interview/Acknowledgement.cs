using System.Globalization;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>What the bot says to an answer: it echoes what it understood ("Eine Website mit Tortenbestellung – eine schöne Idee!"),
/// names the customer once it knows how, says what changed after a correction, and meets a worried answer with empathy first.
/// Never a bare "Danke!" and never the questions' labels on their own.</summary>
internal static class Acknowledgement
{
    /// <summary>Longer answers are not echoed word for word.</summary>
    private const int MaxEcho = 70;

    /// <summary>The acknowledgement of the applied <paramref name="findings"/>, <paramref name="changed"/> the fields whose value changed.</summary>
    public static string For(InterviewTurn turn, Questionnaire questions, IReadOnlyList<Finding> findings, IReadOnlyList<string> changed, string text)
    {
        var wording = turn.Wording;
        if (changed.Count > 0)
        {
            return Changes(turn, questions, changed);
        }

        var fields = findings.Select(f => f.Field).Where(f => f is not (SlotNames.Salutation or SlotNames.Title)).Distinct().ToList();
        var empathy = Worried(wording, text) ? wording.Empathy : null;
        if (fields.Count > 1)
        {
            var values = fields.Select(f => Echo(turn, questions, f)).OfType<string>();
            return Join(empathy, Wording.Fill(wording.NotedValues, ("values", wording.Join(values))));
        }

        if (fields.Count == 0)
        {
            return empathy ?? "";
        }

        var field = fields[0];
        if (field == SlotNames.Name)
        {
            var address = CustomerAddress.Of(turn.State.Values, turn.Informal);
            return address is null ? wording.NiceToMeetYouPlain : Wording.Fill(wording.NiceToMeetYou, ("name", CustomerText.Markdown(address)));
        }

        if (empathy is not null && field is SlotNames.Wish or SlotNames.Vision)
        {
            return empathy;
        }

        var echo = Echo(turn, questions, field);
        var key = Key(turn.State.Values, field, echo);
        return Join(empathy, wording.Acknowledgements.TryGetValue(key, out var template) ? Capitalized(Wording.Fill(template, ("value", echo))) : "");
    }

    /// <summary>"Verstanden: Das Budget ist jetzt 8.000 EUR." for the changed fields.</summary>
    public static string Changes(InterviewTurn turn, Questionnaire questions, IEnumerable<string> changed)
    {
        var wording = turn.Wording;
        var changes = changed.Select(f => Wording.Fill(wording.ChangedTo,
            ("field", wording.TheLabels.GetValueOrDefault(f) ?? questions.Label(wording, f)), ("value", Echo(turn, questions, f) ?? wording.NotGiven)));
        return Wording.Fill(wording.CorrectedValues, ("changes", Capitalized(wording.Join(changes))));
    }

    /// <summary>A field's value as the customer reads it, in their words where the stored value is a date or an amount; escaped.</summary>
    private static string? Echo(InterviewTurn turn, Questionnaire questions, string field)
    {
        var answers = turn.State.Values;
        var question = questions.OfField(field);
        var words = field == SlotNames.Name ? null : question?.Words(answers, field);
        if (field == SlotNames.Budget && words is not null && !words.Any(c => char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol))
        {
            words = null; // a bare "6000" is shown with its currency
        }

        if (field == SlotNames.Budget && answers.Get<BudgetValue>(field) is { Min: { } min, Max: { } max } && min < max)
        {
            words = null; // "zwischen 8.000 und 12.000": shown as the range it is, with its currency ("8.000–12.000 EUR")
        }

        var value = words ?? question?.Show(answers, field, turn.Culture, turn.Wording.DateFormat);
        return value is null ? null : CustomerText.Markdown(value.Length > MaxEcho + 30 ? value[..MaxEcho].TrimEnd() + "…" : value);
    }

    private static string Key(ProfileAnswers answers, string field, string? echo) => field switch
    {
        SlotNames.Wish when echo is null || echo.Length > MaxEcho => "long",
        SlotNames.Timeframe => answers.Get<TimeframeValue>(field) switch
        {
            { Urgent: true } => "timeframeUrgent",
            { Open: true } => "timeframeOpen",
            { Date: null } => "timeframeText",
            _ => "timeframe",
        },
        SlotNames.Budget when answers.Get<BudgetValue>(field) is { Amount: null } => "budgetText",
        _ => field,
    };

    /// <summary>True when the answer speaks of worry or trouble ("leider", "Ärger", "frustriert").</summary>
    public static bool Worried(Wording wording, string text)
    {
        var words = MessageWords.Of(text);
        return words.Any(w => wording.Worries.Any(worry => w.StartsWith(worry, StringComparison.Ordinal)));
    }

    private static string Join(string? first, string second) => first is null ? second : first + " " + second;

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
