using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class PhoneRecognizerTests(UnderstandingFixture fixture)
{
    private readonly PhoneRecognizer _phones = new(fixture.Models);

    // The recognizer's own entry point, as TextUnderstanding calls it (nothing excluded).
    private PhoneMatch? Recognize(string text, string locale) => _phones.Find(text, LanguageRegistry.Shared.Resolve(locale), [])?.Value;

    [Theory]
    [InlineData("de-DE", "0171 2345678", "+491712345678")]
    [InlineData("de-DE", "Sie erreichen mich unter +49 30 1234567.", "+49301234567")]
    [InlineData("de-DE", "Tel. 030/1234567", "+49301234567")]
    [InlineData("en-US", "call me at (415) 555-0100", "+14155550100")]
    [InlineData("en-GB", "020 7946 0018", "+442079460018")]
    [InlineData("en-US", "+49 171 2345678", "+491712345678")]
    public void Finds_valid_numbers_in_E164(string locale, string text, string e164)
    {
        var match = Recognize(text, locale);

        Assert.NotNull(match);
        Assert.Equal(e164, match.E164);
    }

    [Theory]
    [InlineData("de-DE", "5.000 €")]
    [InlineData("de-DE", "am 20.02.2027")]
    [InlineData("de-DE", "bis 15.03.2027")]
    [InlineData("de-DE", "1.500.000 Euro")]
    [InlineData("de-DE", "123")]
    [InlineData("en-US", "$2,500,000")]
    [InlineData("en-US", "12345")]
    public void Dates_and_amounts_are_no_phone_numbers(string locale, string text)
    {
        Assert.Null(Recognize(text, locale));
    }
}
