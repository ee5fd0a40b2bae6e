using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class MoneyRecognizerTests(UnderstandingFixture fixture)
{
    private readonly MoneyRecognizer _money = new(fixture.Models);

    // The recognizer's own entry point, as TextUnderstanding calls it (nothing excluded).
    private MoneyMatch? Recognize(string text, string locale, string? expectedSlot) => _money.Find(text, LanguageRegistry.Shared.Resolve(locale), expectedSlot, [])?.Value;

    [Theory]
    [InlineData("5.000 €", 5000, "EUR")]
    [InlineData("ca. 5000 Euro", 5000, "EUR")]
    [InlineData("5.000,50 €", 5000.50, "EUR")]
    [InlineData("€ 4.500", 4500, "EUR")]
    [InlineData("10.000 EUR", 10000, "EUR")]
    [InlineData("fünftausend Euro", 5000, "EUR")]
    [InlineData("1,5 Millionen Euro", 1500000, "EUR")]
    [InlineData("2.500 Dollar", 2500, "USD")]
    [InlineData("5k €", 5000, "EUR")]
    [InlineData("5 Tsd. Euro", 5000, "EUR")]
    [InlineData("bis zu 8.000 €", 8000, "EUR")]
    public void German_amounts_with_a_currency(string text, double amount, string currency)
    {
        var match = Recognize(text, "de-DE", null);

        Assert.NotNull(match);
        Assert.Equal((decimal)amount, match.Amount);
        Assert.Equal(currency, match.Currency);
    }

    [Theory]
    [InlineData("en-US", "$2,500", 2500, "USD")]
    [InlineData("en-GB", "£300", 300, "GBP")]
    [InlineData("en-US", "$5k", 5000, "USD")]
    [InlineData("en-US", "5,000 dollars", 5000, "USD")]
    [InlineData("en-US", "3000 euros", 3000, "EUR")]
    [InlineData("en-US", "five thousand dollars", 5000, "USD")]
    [InlineData("en-US", "USD 4000", 4000, "USD")]
    public void English_amounts_with_a_currency(string locale, string text, double amount, string currency)
    {
        var match = Recognize(text, locale, null);

        Assert.NotNull(match);
        Assert.Equal((decimal)amount, match.Amount);
        Assert.Equal(currency, match.Currency);
    }

    [Theory]
    [InlineData("de-DE", "zwischen 3.000 und 5.000 Euro", "zwischen 3.000 und 5.000 Euro")]
    [InlineData("de-DE", "3.000 bis 5.000 €", "3.000 bis 5.000 €")]
    [InlineData("en-US", "between $3,000 and $5,000", "$3,000 and $5,000")]
    public void A_range_counts_as_its_upper_bound(string locale, string text, string words)
    {
        var match = Recognize(text, locale, null);

        Assert.NotNull(match);
        Assert.Equal(5000m, match.Amount);
        Assert.EndsWith(words, text);
        Assert.Contains(words, match.Text);
    }

    [Theory]
    [InlineData("de-DE", "5000", 5000, "EUR")]
    [InlineData("de-DE", "etwa 3000", 3000, "EUR")]
    [InlineData("de-DE", "5k", 5000, "EUR")]
    [InlineData("de-DE", "fünftausend", 5000, "EUR")]
    [InlineData("en-US", "about 3000", 3000, "USD")]
    [InlineData("en-GB", "2,500", 2500, "GBP")]
    public void A_bare_number_is_money_when_the_budget_was_asked_for(string locale, string text, double amount, string currency)
    {
        var match = Recognize(text, locale, SlotNames.Budget);

        Assert.NotNull(match);
        Assert.Equal((decimal)amount, match.Amount);
        Assert.Equal(currency, match.Currency);
    }

    [Fact]
    public void A_bare_number_is_money_when_the_budget_is_named()
    {
        var match = Recognize("das Budget ist eher 8000", "de-DE", null);

        Assert.Equal(8000m, match?.Amount);
    }

    [Theory]
    [InlineData("de-DE", "5000")]
    [InlineData("de-DE", "etwa 3000")]
    [InlineData("de-DE", "bis 2027")]
    [InlineData("de-DE", "0171 2345678")]
    [InlineData("de-DE", "am 20.02.2027")]
    [InlineData("de-DE", "wir haben 3 Filialen")]
    [InlineData("en-US", "(415) 555-0100")]
    [InlineData("en-US", "in 2027")]
    [InlineData("en-US", "")]
    public void Numbers_phone_numbers_and_years_are_no_money_unless_the_budget_was_asked_for(string locale, string text)
    {
        Assert.Null(Recognize(text, locale, SlotNames.Wish));
    }

    [Theory]
    [InlineData("Das Budget für 2027 ist noch offen")]
    [InlineData("our budget for 2027 is not fixed yet")]
    public void A_year_next_to_the_word_budget_is_no_amount(string text)
    {
        Assert.Null(Recognize(text, "de-DE", null));
    }

    [Fact]
    public void Excluded_spans_are_not_read_as_money()
    {
        const string text = "0171 2345678";

        Assert.Null(_money.Find(text, LanguageRegistry.Shared.Resolve("de-DE"), SlotNames.Budget, [new TextSpan(0, text.Length)]));
    }
}
