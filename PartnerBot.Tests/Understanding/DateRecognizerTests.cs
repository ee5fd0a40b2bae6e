using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class DateRecognizerTests(UnderstandingFixture fixture)
{
    private readonly DateRecognizer _dates = new(fixture.Models);

    // The recognizer's own entry point, as TextUnderstanding calls it (nothing excluded).
    private DateMatch? Recognize(string text, string locale, DateTimeOffset now) => _dates.Find(text, LanguageRegistry.Shared.Resolve(locale), now, [])?.Value;

    [Theory]
    [InlineData("bis Ende März", "2027-03-31")]
    [InlineData("Ende März", "2027-03-31")]
    [InlineData("bis Ende Maerz", "2027-03-31")]
    [InlineData("bis zum 1. April 2027", "2027-04-01")]
    [InlineData("am 20. Februar 2027", "2027-02-20")]
    [InlineData("bis zum 20.02.2027", "2027-02-20")]
    [InlineData("in drei Monaten", "2027-02-26")]
    [InlineData("in 2 Wochen", "2026-12-10")]
    [InlineData("nächste Woche", "2026-12-06")]
    [InlineData("nächsten Monat", "2026-12-31")]
    [InlineData("morgen", "2026-11-27")]
    [InlineData("übermorgen", "2026-11-28")]
    [InlineData("nächsten Freitag", "2026-12-04")]
    [InlineData("im Sommer", "2027-08-31")]
    [InlineData("im Frühling", "2027-05-31")]
    [InlineData("im Winter", "2027-02-28")]
    [InlineData("Sommer 2028", "2028-08-31")]
    [InlineData("Ende Juni 2027", "2027-06-30")]
    [InlineData("Anfang Juni", "2027-06-10")]
    [InlineData("Mitte April", "2027-04-15")]
    [InlineData("im März", "2027-03-31")]
    [InlineData("am 3. März", "2027-03-03")]
    [InlineData("bis Weihnachten", "2026-12-24")]
    [InlineData("im zweiten Quartal 2027", "2027-06-30")]
    [InlineData("Q2 2027", "2027-06-30")]
    [InlineData("bis Ende des Jahres", "2026-12-31")]
    [InlineData("in einem halben Jahr", "2027-05-26")]
    [InlineData("Ende 2027", "2027-12-31")]
    [InlineData("bis 15.03.2027", "2027-03-15")]
    [InlineData("am 01.04.27", "2027-04-01")]
    [InlineData("bis Ende Februar 2027", "2027-02-28")]
    [InlineData("Anfang 2027", "2027-03-31")]
    [InlineData("Mitte 2027", "2027-06-30")]
    [InlineData("bis Anfang nächsten Jahres", "2027-03-31")]
    [InlineData("bis zum Jahresende", "2026-12-31")]
    [InlineData("in KW 12", "2027-03-28")]
    [InlineData("innerhalb von 4 Wochen", "2026-12-24")]
    [InlineData("binnen zwei Monaten", "2027-01-26")]
    [InlineData("übernächste Woche", "2026-12-13")]
    [InlineData("nächstes Jahr", "2027-12-31")]
    [InlineData("zwischen März und Mai", "2027-04-30")]
    [InlineData("Frühjahr 2027", "2027-05-31")]
    public void German_dates_resolve_to_the_end_of_what_was_said(string text, string expected)
    {
        var match = Recognize(text, "de-DE", UnderstandingFixture.Now);

        Assert.NotNull(match);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), match.Date);
        Assert.False(string.IsNullOrEmpty(match.Timex));
    }

    [Theory]
    [InlineData("by the end of March", "2027-03-31")]
    [InlineData("end of March", "2027-03-31")]
    [InlineData("in the summer", "2027-08-31")]
    [InlineData("next summer", "2027-08-31")]
    [InlineData("next month", "2026-12-31")]
    [InlineData("next Friday", "2026-12-04")]
    [InlineData("tomorrow", "2026-11-27")]
    [InlineData("in three months", "2027-02-26")]
    [InlineData("next week", "2026-12-06")]
    [InlineData("Q2 2027", "2027-06-30")]
    [InlineData("by April 1st 2027", "2027-04-01")]
    [InlineData("by Christmas", "2026-12-24")]
    [InlineData("mid April", "2027-04-15")]
    [InlineData("in half a year", "2027-05-26")]
    [InlineData("early 2027", "2027-03-31")]
    [InlineData("within 2 weeks", "2026-12-10")]
    public void English_dates_resolve_to_the_end_of_what_was_said(string text, string expected)
    {
        var match = Recognize(text, "en-US", UnderstandingFixture.Now);

        Assert.NotNull(match);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), match.Date);
    }

    [Fact]
    public void The_words_are_kept_as_the_customer_wrote_them()
    {
        var match = Recognize("Wir wollen bis Ende März fertig sein", "de-DE", UnderstandingFixture.Now);

        Assert.NotNull(match);
        Assert.Equal("bis Ende März", match.Text);
        Assert.Equal("2027-03", match.Timex);
    }

    [Theory]
    [InlineData("en-GB", "we need it by mid january please", "by mid january", "2027-01-15")]
    [InlineData("de-DE", "am besten bis mitte januar", "bis mitte januar", "2027-01-15")]
    public void A_month_is_kept_whole_where_a_shorter_month_name_is_its_beginning(string locale, string text, string words, string date)
    {
        // "januar" (German) begins "january" (English): the customer's words are shown back and must not lose the last letter.
        var match = Recognize(text, locale, UnderstandingFixture.Now);

        Assert.NotNull(match);
        Assert.Equal(words, match.Text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), match.Date);
    }

    [Fact]
    public void An_explicit_date_keeps_the_recognizer_timex()
    {
        var match = Recognize("bis zum 1. April 2027", "de-DE", UnderstandingFixture.Now);

        Assert.Equal("2027-04-01", match?.Timex);
    }

    [Theory]
    [InlineData("de-DE", "Das Budget ist 5.000 €")]
    [InlineData("de-DE", "Rufen Sie mich an: 0171 2345678")]
    [InlineData("de-DE", "um 15 Uhr")]
    [InlineData("de-DE", "Guten Morgen, ich bin Anna")]
    [InlineData("de-DE", "ich habe 3 Kinder")]
    [InlineData("de-DE", "wir sind seit 2015 am Markt")]
    [InlineData("de-DE", "")]
    [InlineData("en-US", "at 3pm")]
    [InlineData("en-US", "good morning, I am Anna")]
    [InlineData("en-US", "5000")]
    [InlineData("en-US", "ASAP")]
    [InlineData("de-DE", "so schnell wie möglich")]
    [InlineData("en-US", "I fall asleep")]
    public void Times_money_greetings_and_numbers_are_no_dates(string locale, string text)
    {
        Assert.Null(Recognize(text, locale, UnderstandingFixture.Now));
    }

    [Fact]
    public void Spans_taken_by_other_entities_are_skipped()
    {
        const string text = "Ich heiße April Mai";
        var excluded = new[] { new TextSpan(10, 9) };

        Assert.Null(_dates.Find(text, LanguageRegistry.Shared.Resolve("de-DE"), UnderstandingFixture.Now, excluded));
    }
}
