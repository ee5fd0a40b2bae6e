using System.Globalization;
using System.Text.Json;
using PartnerBot.Profiles;

namespace PartnerBot.Interview.Questions;

/// <summary>When the customer wants it: a date (the end of a range) with their words and the TIMEX expression.</summary>
public sealed class TimeframeQuestion(string name, bool required) : Question(name, required)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        var understood = reading.Understood;
        if (understood.Timeframe is { } date)
        {
            var value = new TimeframeValue(date.Text, date.Date, date.Timex, understood.Urgent, understood.OpenTimeframe);
            yield return Found(Name, date.Text, date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JsonSerializer.SerializeToNode(value, ProfileAnswers.ValueOptions)!);
        }
        else if (understood.Urgent || understood.OpenTimeframe)
        {
            // "so schnell wie möglich", "noch offen": the customer's words are the timeframe, the flag says what they mean.
            var text = reading.Message.Trim();
            var value = new TimeframeValue(text, null, null, understood.Urgent, understood.OpenTimeframe);
            yield return Found(Name, text, understood.Urgent ? "urgent" : "open", JsonSerializer.SerializeToNode(value, ProfileAnswers.ValueOptions)!);
        }
    }

    /// <inheritdoc/>
    public override string? Show(ProfileAnswers answers, string field, CultureInfo culture, string dateFormat) =>
        answers.Get<TimeframeValue>(field) switch
        {
            null => null,
            { Date: { } date } value => $"{value.Text} ({date.ToString(dateFormat, culture)})",
            var value => value.Text,
        };

    /// <inheritdoc/>
    public override string? ShowToOwner(ProfileAnswers answers, string field, CultureInfo culture) =>
        answers.Get<TimeframeValue>(field) switch
        {
            null => null,
            { Date: { } date } => date.ToString("d. MMMM yyyy", culture),
            var value => value.Text,
        };

    /// <inheritdoc/>
    public override string? Key(ProfileAnswers answers, string field) =>
        answers.Get<TimeframeValue>(field) is { } value ? value.Date?.ToString("O", CultureInfo.InvariantCulture) ?? value.Text : null;

    /// <inheritdoc/>
    public override string? Words(ProfileAnswers answers, string field) => answers.Get<TimeframeValue>(field)?.Text;

    /// <inheritdoc/>
    public override IReadOnlyList<string> CsvColumns => [Name, Name + "Date", Name + "Urgent", Name + "Open"];

    /// <inheritdoc/>
    public override IEnumerable<string?> CsvCells(ProfileAnswers answers, CultureInfo numbers)
    {
        var value = answers.Get<TimeframeValue>(Name);
        return [value?.Text, value?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Flag(value?.Urgent), Flag(value?.Open)];
    }

    private static string? Flag(bool? value) => value == true ? "true" : null;
}
