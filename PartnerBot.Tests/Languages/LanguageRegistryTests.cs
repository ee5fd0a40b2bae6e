using Microsoft.AspNetCore.Http;
using PartnerBot.Languages;

namespace PartnerBot.Tests.Languages;

public class LanguageRegistryTests
{
    private static readonly LanguageRegistry Registry = LanguageRegistry.Shared;

    [Theory]
    [InlineData("de-DE", "de-DE", "de-de", "EUR", "DE")]
    [InlineData("de-AT", "de-AT", "de-de", "EUR", "AT")]
    [InlineData("de-CH", "de-CH", "de-de", "CHF", "CH")]
    [InlineData("de", "de-DE", "de-de", "EUR", "DE")]
    [InlineData("en-US", "en-US", "en-us", "USD", "US")]
    [InlineData("en-GB", "en-GB", "en-us", "GBP", "GB")]
    [InlineData("en-gb", "en-GB", "en-us", "GBP", "GB")]
    [InlineData("en-UK", "en-UK", "en-us", "GBP", "GB")]
    [InlineData("en-AU", "en-AU", "en-us", "USD", "US")]
    [InlineData("en", "en-US", "en-us", "USD", "US")]
    [InlineData("fr-FR", "fr-FR", "fr-fr", "EUR", "FR")]
    [InlineData("fr-CH", "fr-CH", "fr-fr", "CHF", "CH")]
    [InlineData("fr_ch", "fr-CH", "fr-fr", "CHF", "CH")]
    [InlineData("fr", "fr-FR", "fr-fr", "EUR", "FR")]
    [InlineData("", "de-DE", "de-de", "EUR", "DE")]
    [InlineData(null, "de-DE", "de-de", "EUR", "DE")]
    [InlineData("es-ES", "de-DE", "de-de", "EUR", "DE")]
    [InlineData("de-Latn-DE", "de-DE", "de-de", "EUR", "DE")]
    public void A_locale_maps_to_its_language_culture_currency_and_phone_region(string? locale, string name, string culture, string currency, string region)
    {
        var resolved = Registry.Resolve(locale);

        Assert.Equal(name, resolved.Name);
        Assert.Equal(culture, resolved.Culture);
        Assert.Equal(currency, resolved.Currency);
        Assert.Equal(region, resolved.PhoneRegion);
    }

    [Theory]
    [InlineData("es-ES", "en-GB", "en-GB")]
    [InlineData(null, "fr-CH", "fr-CH")]
    [InlineData("it", "xx-YY", "de-DE")]
    [InlineData("fr-CH", "en-US", "fr-CH")]
    public void An_unknown_locale_takes_the_configured_default(string? locale, string defaultLocale, string expected)
    {
        Assert.Equal(expected, Registry.Normalize(locale, defaultLocale));
    }

    [Fact]
    public void German_English_and_French_are_built_in_German_first()
    {
        Assert.Equal(["de", "en", "fr"], Registry.Languages.Select(l => l.Code));
        Assert.Equal(["de-DE", "en-US", "fr-FR"], Registry.Languages.Select(l => l.DefaultLocale));
    }

    [Theory]
    [InlineData("fr-CH,fr;q=0.9,en;q=0.5", "fr")]
    [InlineData("it-IT,en;q=0.8,fr;q=0.9", "fr")]
    [InlineData("it-IT,es;q=0.8", null)]
    [InlineData("fr;q=0,en", "en")]
    public void The_browsers_preferred_supported_language_wins(string header, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = header;

        Assert.Equal(expected, Registry.FromAcceptLanguage(context.Request)?.Code);
    }

    [Fact]
    public void Every_language_has_every_data_file_and_the_same_wording_keys_as_german()
    {
        var german = Registry.Languages[0];
        foreach (var language in Registry.Languages)
        {
            foreach (var stem in new[] { "language", "interview", "website", "understanding" })
            {
                Assert.Contains(stem + ".json", Registry.Files(language, stem));
            }

            foreach (var stem in new[] { "interview", "website" })
            {
                var keys = Registry.ReadJson(language, stem + ".json").AsObject().Select(p => p.Key).Order();
                Assert.Equal(Registry.ReadJson(german, stem + ".json").AsObject().Select(p => p.Key).Order(), keys);
            }
        }
    }
}
