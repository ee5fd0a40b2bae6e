using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>The date model runs only where a date can be: not on an amount's digits, not on "Mail" or "spend". Dates next to them still count.</summary>
[Collection(nameof(UnderstandingCollection))]
public class DatePrecheckTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE") =>
        fixture.Understanding.Understand(text, locale, null, UnderstandingFixture.Now);

    [Theory]
    [InlineData("5.000 € bis Ende März", "de-DE", "2027-03-31")]
    [InlineData("Budget 3.000 €, fertig im Mai", "de-DE", "2027-05-31")]
    [InlineData("meine E-Mail ist anna@example.com, Start im Mai", "de-DE", "2027-05-31")]
    [InlineData("by the end of May, about $5,000", "en-US", "2027-05-31")]
    [InlineData("I may need it next week", "en-US", "2026-12-06")]
    public void A_date_beside_an_amount_or_an_address_is_found(string text, string locale, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Understand(text, locale).Timeframe?.Date);
    }

    [Theory]
    [InlineData("ca. 5.000 €", "de-DE")]
    [InlineData("das Budget ist eher 6.000 €", "de-DE")]
    [InlineData("about $5,000", "en-US")]
    [InlineData("I want to spend more time with my customers", "en-US")]
    [InlineData("meine Mail ist anna@example.com", "de-DE")]
    public void An_amount_or_an_address_alone_is_no_timeframe(string text, string locale)
    {
        Assert.Null(Understand(text, locale).Timeframe);
    }
}
