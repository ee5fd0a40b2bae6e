using System.Globalization;
using System.Text;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>Writes the values of an interview as the short list customers see.</summary>
public static class SummaryWriter
{
    /// <summary>One Markdown list item per slot ("- Name: Anna Schmidt"), so Web Chat and Teams show it as a list; the customer's words are escaped (<see cref="CustomerText"/>).</summary>
    public static string Lines(CollectedValues values, Wording wording, CultureInfo culture)
    {
        var text = new StringBuilder();
        Line(text, wording, SlotNames.Name, values.Name);
        Line(text, wording, SlotNames.Wish, values.Wish);
        Line(text, wording, SlotNames.Vision, values.Vision);
        Line(text, wording, SlotNames.Timeframe, Timeframe(values.Timeframe, wording, culture));
        Line(text, wording, SlotNames.Budget, Budget(values.Budget, culture));
        Line(text, wording, SlotNames.Email, values.Email);
        Line(text, wording, SlotNames.Phone, values.Phone);
        return text.ToString().TrimEnd();
    }

    /// <summary>The customer's words with the understood date: "bis Ende März (31.03.2027)".</summary>
    public static string? Timeframe(TimeframeValue? value, Wording wording, CultureInfo culture) => value switch
    {
        null => null,
        { Date: { } date } => $"{value.Text} ({date.ToString(wording.DateFormat, culture)})",
        _ => value.Text,
    };

    /// <summary>The amount in the customer's number format with its currency: "5.000 EUR".</summary>
    public static string? Budget(BudgetValue? value, CultureInfo culture) => value switch
    {
        null => null,
        { Amount: { } amount } => amount.ToString(amount % 1 == 0 ? "N0" : "N2", culture) + " " + value.Currency,
        _ => value.Text,
    };

    private static void Line(StringBuilder text, Wording wording, string slot, string? value)
    {
        text.Append("- ").Append(wording.Label(slot)).Append(": ").Append(value is null ? wording.NotGiven : CustomerText.Markdown(value)).Append('\n');
    }
}
