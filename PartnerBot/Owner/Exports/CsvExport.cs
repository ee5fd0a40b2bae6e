using System.Globalization;
using System.Text;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Exports;

/// <summary>Profiles as CSV for Excel: UTF-8 with BOM, every cell quoted, formula-like cells neutralised (OWASP CSV injection).</summary>
public static class CsvExport
{
    /// <summary>The columns, named as in the JSON API.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "createdAt", "updatedAt", "status", "followUp", "name", "wish", "vision", "timeframe", "timeframeDate",
        "budget", "budgetAmount", "budgetCurrency", "email", "phone", "consentAt", "locale", "channelId",
    ];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The CSV file's bytes; <paramref name="separator"/> is ',' or ';' (German Excel, which also gets decimal commas).</summary>
    public static byte[] Write(IEnumerable<PartnerProfile> profiles, char separator, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        var numbers = separator == ';' ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture;
        var csv = new StringBuilder();
        AppendRow(csv, Columns, separator);
        foreach (var p in profiles)
        {
            AppendRow(csv,
            [
                p.Id, Time(p.CreatedAt), Time(p.UpdatedAt), p.Status, p.FollowUp, p.Name, p.Wish, p.Vision,
                p.Timeframe?.Text, p.Timeframe?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.Budget?.Text, p.Budget?.Amount?.ToString(numbers), p.Budget?.Currency, p.Email, p.Phone,
                p.ConsentAt is { } consent ? Time(consent) : null, p.Locale, p.ChannelId,
            ], separator);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. preamble, .. body];

        string Time(DateTimeOffset moment) => toLocal(moment).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>One cell: a value that a spreadsheet would read as a formula gets a leading apostrophe; quotes are doubled; always quoted.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells, char separator)
    {
        csv.AppendJoin(separator, cells.Select(Cell));
        csv.Append("\r\n");
    }
}
