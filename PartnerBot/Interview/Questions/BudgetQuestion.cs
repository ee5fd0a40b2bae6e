using System.Globalization;
using System.Text.Json;
using PartnerBot.Profiles;

namespace PartnerBot.Interview.Questions;

/// <summary>What the customer wants to spend: an amount in an ISO 4217 currency, with their words.</summary>
public sealed class BudgetQuestion(string name, bool required) : Question(name, required)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        if (reading.Understood.Budget is { } money)
        {
            var value = new BudgetValue(money.Text, money.Amount, money.Currency);
            yield return Found(Name, money.Text, string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency}"), JsonSerializer.SerializeToNode(value, ProfileAnswers.ValueOptions)!);
        }
    }

    /// <inheritdoc/>
    public override string? Show(ProfileAnswers answers, string field, CultureInfo culture, string dateFormat) =>
        answers.Get<BudgetValue>(field) switch
        {
            null => null,
            { Amount: { } amount } value => amount.ToString(amount % 1 == 0 ? "N0" : "N2", culture) + " " + value.Currency,
            var value => value.Text,
        };

    /// <inheritdoc/>
    public override string? ShowToOwner(ProfileAnswers answers, string field, CultureInfo culture) =>
        answers.Get<BudgetValue>(field) switch
        {
            null => null,
            { Amount: { } amount } value => $"{amount.ToString("#,##0.##", culture)} {Symbol(value.Currency)}".Trim(),
            var value => value.Text,
        };

    /// <inheritdoc/>
    public override string? Key(ProfileAnswers answers, string field) =>
        answers.Get<BudgetValue>(field) is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.Amount} {value.Currency}") : null;

    /// <inheritdoc/>
    public override string? Words(ProfileAnswers answers, string field) => answers.Get<BudgetValue>(field)?.Text;

    /// <inheritdoc/>
    public override IReadOnlyList<string> CsvColumns => [Name, Name + "Amount", Name + "Currency"];

    /// <inheritdoc/>
    public override IEnumerable<string?> CsvCells(ProfileAnswers answers, CultureInfo numbers)
    {
        var value = answers.Get<BudgetValue>(Name);
        return [value?.Text, value?.Amount?.ToString(numbers), value?.Currency];
    }

    private static string? Symbol(string? currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        _ => currency,
    };
}
