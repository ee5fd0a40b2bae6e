namespace PartnerBot.Owner.Exports;

/// <summary>The export formats: CSV with commas, CSV with semicolons (German Excel), JSON.</summary>
public static class ExportFormat
{
    public const string Csv = "csv";
    public const string CsvSemicolon = "csv-semicolon";
    public const string Json = "json";

    /// <summary>The file for <paramref name="format"/>: bytes, content type and file name.</summary>
    public static (byte[] Content, string ContentType, string FileName) Create(
        string? format, IReadOnlyList<Profiles.PartnerProfile> profiles, Interview.Questions.Questionnaire questions, Func<DateTimeOffset, DateTimeOffset> toLocal, DateTimeOffset now)
    {
        var stamp = toLocal(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return format switch
        {
            Json => (JsonExport.Write(questions, profiles), "application/json; charset=utf-8", $"partnerbot-{stamp}.json"),
            CsvSemicolon => (CsvExport.Write(questions, profiles, ';', toLocal), "text/csv; charset=utf-8", $"partnerbot-{stamp}.csv"),
            _ => (CsvExport.Write(questions, profiles, ',', toLocal), "text/csv; charset=utf-8", $"partnerbot-{stamp}.csv"),
        };
    }
}
