using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class FrenchUnderstandingTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "fr-FR", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Fact]
    public void A_full_French_introduction()
    {
        var understood = Understand("Bonjour, je m'appelle Claire Dubois, je voudrais un nouveau site web d'ici fin mars 2027 pour 5 000 €, claire@example.fr");

        Assert.Equal("Claire Dubois", understood.Name?.Name);
        Assert.Equal("un nouveau site web", understood.Wish?.Value);
        Assert.Equal(new DateOnly(2027, 3, 31), understood.Timeframe?.Date);
        Assert.Equal((5000m, "EUR"), (understood.Budget?.Amount, understood.Budget?.Currency));
        Assert.Equal("claire@example.fr", understood.Email?.Address);
    }

    [Theory]
    [InlineData("oui", YesNo.Yes)]
    [InlineData("Oui, volontiers !", YesNo.Yes)]
    [InlineData("d'accord", YesNo.Yes)]
    [InlineData("bien sûr", YesNo.Yes)]
    [InlineData("non", YesNo.No)]
    [InlineData("non merci", YesNo.No)]
    [InlineData("plutôt pas", YesNo.No)]
    [InlineData("je ne sais pas", YesNo.None)]
    public void French_yes_and_no(string text, YesNo expected)
    {
        Assert.Equal(expected, Understand(text).YesNo);
    }

    [Theory]
    [InlineData("aide", Command.Help)]
    [InlineData("annuler", Command.Cancel)]
    [InlineData("recommencer", Command.Restart)]
    [InlineData("retour", Command.Back)]
    [InlineData("passer", Command.Skip)]
    [InlineData("résumé", Command.Summary)]
    [InlineData("mes données", Command.MyData)]
    [InlineData("supprimer mes données", Command.DeleteData)]
    [InlineData("Supprimez mes données, s'il vous plaît.", Command.DeleteData)]
    public void French_commands(string text, Command expected)
    {
        Assert.Equal(expected, Understand(text).Command?.Command);
    }

    [Fact]
    public void A_sentence_with_a_command_word_is_no_command()
    {
        Assert.Null(Understand("je voudrais de l'aide pour mon site web de boulangerie").Command);
    }

    [Theory]
    [InlineData("d'ici fin mars 2027", 2027, 3, 31)]
    [InlineData("début 2027", 2027, 3, 31)]
    [InlineData("dans trois mois", 2027, 2, 26)]
    [InlineData("le 15 avril 2027", 2027, 4, 15)]
    [InlineData("le 15 aout 2027", 2027, 8, 15)]
    public void French_timeframes(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Understand(text, expectedSlot: SlotNames.Timeframe).Timeframe?.Date);
    }

    [Theory]
    [InlineData("fr-FR", "environ 5 000 €", 5000, "EUR")]
    [InlineData("fr-CH", "4000 CHF", 4000, "CHF")]
    [InlineData("fr-CH", "5000", 5000, "CHF")]
    [InlineData("fr-FR", "5000", 5000, "EUR")]
    [InlineData("fr-FR", "entre 3 000 et 5 000 euros", 5000, "EUR")]
    public void French_budgets(string locale, string text, int amount, string currency)
    {
        var budget = Understand(text, locale, SlotNames.Budget).Budget;

        Assert.Equal((amount, currency), (budget?.Amount, budget?.Currency));
    }

    [Fact]
    public void A_Swiss_phone_number_in_fr_CH()
    {
        Assert.Equal("+41441234567", Understand("044 123 45 67", "fr-CH", SlotNames.Contact).Phone?.E164);
    }

    [Theory]
    [InlineData("je suis intéressée par un site web")]
    [InlineData("je suis boulangère")]
    public void French_phrases_that_are_no_name(string text)
    {
        Assert.Null(Understand(text).Name);
    }

    [Theory]
    [InlineData("maximum 15'000 francs", "fr-CH", 15000)]
    [InlineData("environ 2’500 CHF", "fr-CH", 2500)]
    [InlineData("jusqu'à 1'200'000 francs", "fr-CH", 1200000)]
    [InlineData("15'000 euros au maximum", "fr-FR", 15000)]
    public void Swiss_thousands_are_one_amount_in_French(string text, string locale, int amount)
    {
        Assert.Equal(amount, Understand(text, locale, "budget").Budget?.Amount);
    }

    [Theory]
    [InlineData("avant l'été si possible", 2027, 5, 31)]
    [InlineData("avant l’hiver", 2026, 11, 30)]
    public void Before_a_season_joined_by_an_apostrophe_is_the_day_before_it_begins(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Understand(text, "fr-CH", "timeframe").Timeframe?.Date);
    }

    [Fact]
    public void The_participle_ete_is_still_no_summer()
    {
        Assert.Null(Understand("ça a été compliqué jusqu'ici", "fr-FR", "vision").Timeframe);
    }
}
