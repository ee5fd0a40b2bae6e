using PartnerBot.Interview.Questions;
using System.Text;
using PartnerBot.Owner.Exports;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner;

public class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+49 30 1234", "\"'+49 30 1234\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("\n=1", "\"'\n=1\"")]
    [InlineData("Torte = Liebe", "\"Torte = Liebe\"")]
    [InlineData("sagt \"hallo\"", "\"sagt \"\"hallo\"\"\"")]
    [InlineData("a;b,c", "\"a;b,c\"")]
    [InlineData("", "\"\"")]
    public void Cells_that_a_spreadsheet_would_run_are_neutralised_and_quotes_doubled(string value, string expected) =>
        Assert.Equal(expected, CsvExport.Cell(value));

    [Fact]
    public void The_file_starts_with_a_BOM_and_keeps_umlauts()
    {
        var bytes = CsvExport.Write(new Questionnaire(InterviewQuestions.Create()), [Profile("Jürgen Größe", "Brötchen für 10 €")], ',', t => t);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"Jürgen Größe\",\"Brötchen für 10 €\"", text);
        Assert.StartsWith("\"id\",\"createdAt\"", text);
    }

    [Fact]
    public void With_semicolons_the_amount_has_a_decimal_comma()
    {
        var profile = Profile("Anna", "Kuchen");
        profile.Budget = new BudgetValue("1.234,50 €", 1234.5m, "EUR");
        var text = Encoding.UTF8.GetString(CsvExport.Write(new Questionnaire(InterviewQuestions.Create()), [profile], ';', t => t)[3..]);
        Assert.Contains("\"Anna\";\"Kuchen\"", text);
        Assert.Contains("\"1234,5\";\"EUR\"", text);
        var comma = Encoding.UTF8.GetString(CsvExport.Write(new Questionnaire(InterviewQuestions.Create()), [profile], ',', t => t)[3..]);
        Assert.Contains("\"1234.5\",\"EUR\"", comma);
    }

    internal static PartnerProfile Profile(string name, string wish) => new()
    {
        Id = "p1", UserId = "u1", ChannelId = "directline", ConversationId = "c1", Name = name, Wish = wish,
        CreatedAt = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero),
    };
}
