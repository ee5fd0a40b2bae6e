using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class EmailRecognizerTests(UnderstandingFixture fixture)
{
    private readonly EmailRecognizer _emails = new(fixture.Models);

    // The recognizer's own entry point, as TextUnderstanding calls it (nothing excluded).
    private EmailMatch? Recognize(string text, string locale) => _emails.Find(text, LanguageRegistry.Shared.Resolve(locale))?.Value;

    [Theory]
    [InlineData("de-DE", "anna@example.com", "anna@example.com")]
    [InlineData("de-DE", "Meine Mail: Anna.Schmidt@Example.DE, danke", "anna.schmidt@example.de")]
    [InlineData("de-DE", "schreiben Sie an <anna@example.com>", "anna@example.com")]
    [InlineData("en-US", "reach me at anna.schmidt+bot@mail.example.co.uk.", "anna.schmidt+bot@mail.example.co.uk")]
    [InlineData("en-GB", "ANNA@EXAMPLE.COM", "anna@example.com")]
    public void Finds_the_address_lower_cased(string locale, string text, string address)
    {
        var match = Recognize(text, locale);

        Assert.NotNull(match);
        Assert.Equal(address, match.Address);
    }

    [Theory]
    [InlineData("de-DE", "sabine.koch(at)gmail.com", "sabine.koch@gmail.com")]
    [InlineData("de-DE", "sabine.koch(ät)gmail.com", "sabine.koch@gmail.com")]
    [InlineData("de-DE", "thomas.berg[at]web.de", "thomas.berg@web.de")]
    [InlineData("de-DE", "meine mail ist sabine.koch at gmail dot com", "sabine.koch@gmail.com")]
    [InlineData("de-DE", "info (at) gartenbau-lehner (punkt) de", "info@gartenbau-lehner.de")]
    [InlineData("de-DE", "lisa wagner at web punkt de", "lisa.wagner@web.de")]
    [InlineData("en-US", "tom dot baker at outlook dot com", "tom.baker@outlook.com")]
    public void Reads_addresses_written_out_against_robots(string locale, string text, string address)
    {
        var match = Recognize(text, locale);

        Assert.NotNull(match);
        Assert.Equal(address, match.Address);
    }

    [Theory]
    [InlineData("anna@")]
    [InlineData("anna@example")]
    [InlineData("meet me at noon dot")]
    [InlineData("wir treffen uns at home")]
    [InlineData("@example.com")]
    [InlineData("keine E-Mail")]
    [InlineData("")]
    public void Broken_addresses_are_no_match(string text)
    {
        Assert.Null(Recognize(text, "de-DE"));
    }
}
