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
            var value = new BudgetValue(money.Text, money.Amount, money.Currency, money.Min, money.Max, money.Per, money.UpTo);
            yield return Found(Name, money.Text, string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency}"), JsonSerializer.SerializeToNode(value, ProfileAnswers.ValueOptions)!);
        }
        else if (reading.Understood.BudgetText is { } words)
        {
            // "nach Angebot": a budget in words, without an amount.
            yield return Found(Name, words.Text, words.Value, JsonSerializer.SerializeToNode(new BudgetValue(words.Value, null, null), ProfileAnswers.ValueOptions)!);
        }
    }

    /// <inheritdoc/>
    public override string? Show(ProfileAnswers answers, string field, CultureInfo culture, string dateFormat) =>
        answers.Get<BudgetValue>(field) switch
        {
            null => null,
            { Min: { } min, Max: { } max } value when min < max => $"{Number(min, culture)}–{Number(max, culture)} {value.Currency}",
            { Amount: { } amount } value => Number(amount, culture) + " " + value.Currency,
            var value => value.Text,
        };

    private static string Number(decimal amount, CultureInfo culture) => amount.ToString(amount % 1 == 0 ? "N0" : "N2", culture);

    /// <inheritdoc/>
    public override string? ShowToOwner(ProfileAnswers answers, string field, CultureInfo culture) =>
        answers.Get<BudgetValue>(field) switch
        {
            null => null,
            { Min: { } min, Max: { } max } value when min < max => $"{min.ToString("#,##0.##", culture)}–{max.ToString("#,##0.##", culture)} {Symbol(value.Currency)}".Trim(),
            { Amount: { } amount } value => $"{amount.ToString("#,##0.##", culture)} {Symbol(value.Currency)}".Trim(),
            var value => value.Text,
        };

    /// <inheritdoc/>
    public override string? Key(ProfileAnswers answers, string field) =>
        answers.Get<BudgetValue>(field) is { } value ? value.Amount is null ? value.Text : string.Create(CultureInfo.InvariantCulture, $"{value.Amount} {value.Currency}") : null;

    /// <inheritdoc/>
    public override string? Words(ProfileAnswers answers, string field) => answers.Get<BudgetValue>(field)?.Text;

    /// <inheritdoc/>
    public override IReadOnlyList<string> CsvColumns => [Name, Name + "Amount", Name + "Currency", Name + "Min", Name + "Max", Name + "Per", Name + "UpTo"];

    /// <inheritdoc/>
    public override IEnumerable<string?> CsvCells(ProfileAnswers answers, CultureInfo numbers)
    {
        var value = answers.Get<BudgetValue>(Name);
        return [value?.Text, value?.Amount?.ToString(numbers), value?.Currency, value?.Min?.ToString(numbers), value?.Max?.ToString(numbers), value?.Per, value?.UpTo == true ? "true" : null];
    }

    private static string? Symbol(string? currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        _ => currency,
    };
}
