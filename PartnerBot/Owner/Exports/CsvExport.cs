using System.Globalization;
using System.Text;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Exports;

/// <summary>Profiles as CSV for Excel: UTF-8 with BOM, every cell quoted, formula-like cells neutralised (OWASP CSV injection).</summary>
public static class CsvExport
{
    /// <summary>The columns, named as in the JSON API: the profile's own, every question's, then consent and channel.</summary>
    public static IReadOnlyList<string> Columns(Questionnaire questions) =>
        ["id", "createdAt", "updatedAt", "status", "followUp", .. questions.All.SelectMany(q => q.CsvColumns), "requests", "consentAt", "locale", "channelId"];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The CSV file's bytes; <paramref name="separator"/> is ',' or ';' (German Excel, which also gets decimal commas).</summary>
    public static byte[] Write(Questionnaire questions, IEnumerable<PartnerProfile> profiles, char separator, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        var numbers = separator == ';' ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture;
        var csv = new StringBuilder();
        AppendRow(csv, Columns(questions), separator);
        foreach (var p in profiles)
        {
            AppendRow(csv,
            [
                p.Id, Time(p.CreatedAt), Time(p.UpdatedAt), p.Status, p.FollowUp,
                .. questions.All.SelectMany(q => q.CsvCells(p.Answers, numbers)),
                Requests(p), p.ConsentAt is { } consent ? Time(consent) : null, p.Locale, p.ChannelId,
            ], separator);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. preamble, .. body];

        string Time(DateTimeOffset moment) => toLocal(moment).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        // One cell: "kind: text" per request, one per line, so a spreadsheet shows them in one column.
        string? Requests(PartnerProfile p) => p.Requests.Count == 0 ? null : string.Join("\n", p.Requests.Select(r => $"{Time(r.At)} {r.Kind}: {r.Text}"));
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
