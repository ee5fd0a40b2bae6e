using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>How a profile's values read for the owner: one status, timeframe and budget in words.</summary>
public static class ProfileDisplay
{
    /// <summary>The owner's view of where a profile stands: the interview's status until it is completed, then the follow-up.</summary>
    public static string Status(PartnerProfile profile) =>
        profile.Status == ProfileStatus.Completed ? profile.FollowUp : profile.Status;

    /// <summary>The timeframe as a date when understood, else the customer's words.</summary>
    public static string? Timeframe(TimeframeValue? timeframe, OwnerText text) =>
        timeframe switch
        {
            null => null,
            { Date: { } date } => date.ToString("d. MMMM yyyy", text.Culture),
            _ => timeframe.Text,
        };

    /// <summary>The budget as an amount with its currency when understood, else the customer's words.</summary>
    public static string? Budget(BudgetValue? budget, OwnerText text) =>
        budget switch
        {
            null => null,
            { Amount: { } amount } => $"{amount.ToString("#,##0.##", text.Culture)} {Symbol(budget.Currency)}".Trim(),
            _ => budget.Text,
        };

    private static string? Symbol(string? currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        _ => currency,
    };

    /// <summary>The first line of a longer text, cut to <paramref name="max"/> characters.</summary>
    public static string OneLine(string? value, int max = 90)
    {
        var line = (value ?? "").ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }
}
