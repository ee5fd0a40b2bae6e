using System.Globalization;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class FrenchInterviewTests
{
    [Fact]
    public async Task The_whole_interview_works_in_French()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("fr-FR");
        var greeting = await chat.JoinAsync();
        Assert.Contains("partenaire", greeting[0]);
        Assert.Contains("(oui/non)", greeting[1]);

        Assert.Contains(bot.French.Questions["name"], Assert.Single(await chat.SayAsync("oui")));
        Assert.Contains("Enchanté, Claire Dubois !", Assert.Single(await chat.SayAsync("je m'appelle Claire Dubois")));
        Assert.Contains(bot.French.Questions["vision"], Assert.Single(await chat.SayAsync("un nouveau site web")));
        Assert.Contains(bot.French.Questions["timeframe"], Assert.Single(await chat.SayAsync("Passer moins de temps au bureau et plus avec mes clients")));
        Assert.Contains(bot.French.Questions["budget"], Assert.Single(await chat.SayAsync("d'ici fin mars 2027")));
        Assert.Contains(bot.French.Questions["contact"], Assert.Single(await chat.SayAsync("environ 5 000 €")));
        var summary = string.Join("\n", await chat.SayAsync("claire.dubois@example.fr"));
        Assert.Contains(bot.French.SummaryIntro, summary);
        Assert.Contains("- Souhait: un nouveau site web", summary);
        Assert.Contains("- Budget: " + 5000m.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + " EUR", summary);
        Assert.Contains("31 mars 2027", summary);
        Assert.Contains("claire.dubois@example.fr", summary);
        Assert.Contains(bot.French.SummaryQuestion, summary);

        Assert.Contains("Merci beaucoup, Claire Dubois !", Assert.Single(await chat.SayAsync("oui")));
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal("fr-FR", profile.Locale);
        Assert.Equal("Claire Dubois", profile.Name);
        Assert.Equal("un nouveau site web", profile.Wish);
        Assert.Equal(new DateOnly(2027, 3, 31), profile.Timeframe?.Date);
        Assert.Equal((5000m, "EUR"), (profile.Budget?.Amount, profile.Budget?.Currency));
        Assert.Equal("claire.dubois@example.fr", profile.Email);
    }

    [Fact]
    public async Task A_Swiss_French_customer_budgets_in_francs()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("fr-CH");
        await chat.JoinAsync();
        await chat.SayAllAsync("oui", "Luc Favre", "une boutique en ligne", "passer", "d'ici fin mars 2027");
        Assert.Contains(bot.French.Questions["contact"], Assert.Single(await chat.SayAsync("4000 CHF")));
        var summary = string.Join("\n", await chat.SayAsync("044 123 45 67"));
        Assert.Contains("- Budget: " + 4000m.ToString("N0", CultureInfo.GetCultureInfo("fr-CH")) + " CHF", summary);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("fr-CH", profile.Locale);
        Assert.Equal((4000m, "CHF"), (profile.Budget?.Amount, profile.Budget?.Currency));
        Assert.Equal("+41441234567", profile.Phone);
    }

    [Fact]
    public async Task French_commands_work_at_any_time()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("fr-FR");
        await chat.JoinAsync();
        await chat.SayAsync("oui");

        var help = Assert.Single(await chat.SayAsync("aide"));
        Assert.Contains("« passer »", help);
        Assert.EndsWith(bot.French.Questions["name"], help);

        Assert.Contains(bot.French.SkippedByCustomer, Assert.Single(await chat.SayAsync("passer")));
        Assert.Contains(bot.French.Questions["name"], Assert.Single(await chat.SayAsync("retour")));
        await chat.SayAllAsync("Claire Dubois", "un nouveau site web");
        Assert.Contains(bot.French.SummaryIntro, string.Join("\n", await chat.SayAsync("résumé")));

        var myData = string.Join("\n", await chat.SayAsync("mes données"));
        Assert.Contains(bot.French.MyDataIntro, myData);
        Assert.Contains("un nouveau site web", myData);

        Assert.Contains(bot.French.Restarted, string.Join("\n", await chat.SayAsync("recommencer")));
        Assert.Contains(bot.French.Cancelled, string.Join("\n", await chat.SayAsync("annuler")));

        Assert.Equal(bot.French.Deleted, Assert.Single(await chat.SayAllAsync("supprimer mes données", "oui")));
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task Non_declines_in_French_and_nothing_is_stored()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("fr-FR");
        await chat.JoinAsync();

        Assert.Contains("je n'enregistre rien", Assert.Single(await chat.SayAsync("non merci")));
        Assert.Empty(await bot.AllProfilesAsync());
    }
}
