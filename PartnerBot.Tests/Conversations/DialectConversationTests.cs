using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Austrian, Swiss and Bavarian customers: a complaint about the business's work, going on after a person was offered,
/// cancelling, spring and "basst" are read as they are meant.</summary>
public class DialectConversationTests
{
    [Fact]
    public async Task An_austrian_complaint_about_the_heating_they_installed_is_a_complaint_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-AT");
        await chat.SayAsync("Josef Brandstätter");

        await chat.SayAsync("Die Heizung, die's uns im Oktober eingebaut haben, geht schon wieder ned!!");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Null(profile.Timeframe);
        Assert.Contains("Heizung", Assert.Single(profile.Requests, r => r.Kind == "complaint").Text);
    }

    [Fact]
    public async Task A_swiss_complaint_about_the_washing_machine_they_delivered_is_a_complaint_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAsync("Ursula Meier");

        await chat.SayAsync("D Wäschmaschine wo Sie letscht Wuche glieferet händ lauft nöd!!");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Contains("Wäschmaschine", Assert.Single(profile.Requests, r => r.Kind == "complaint").Text);
    }

    [Fact]
    public async Task Nei_isch_scho_guet_after_a_person_was_offered_goes_on_and_is_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAllAsync("Reto Frei", "chan ich mit emene Mönsch rede?");

        var reply = string.Join("\n", await chat.SayAsync("nei, isch scho guet, mir mached da wiiter"));
        await chat.SayAsync("e Website für mis Velogschäft");

        Assert.EndsWith(bot.German.Questions["wish"], reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("e Website für mis Velogschäft", profile.Wish);
        Assert.Null(profile.Vision);
        Assert.Equal("human", Assert.Single(profile.Requests).Kind);
    }

    [Fact]
    public async Task Ach_ich_brech_ab_cancels_and_is_no_vision()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Kai Neumann", "Renovierung vom Wohnzimmer");

        await chat.SayAsync("ach, ich brech ab");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("cancelled", profile.Status);
        Assert.Null(profile.Vision);
    }

    [Fact]
    public async Task Bis_im_frueehlig_is_the_end_of_spring()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAllAsync("Beat Keller", "en neue Bode im Wohnzimmer", "Parkett, hell, Eiche");

        await chat.SayAsync("bis im Früehlig");

        Assert.Equal(new DateOnly(2027, 5, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Basst_at_the_summary_completes()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Sepp", "a Putzfrau fürs Büro", "zwoamal in da Woch, gründlich", "im Januar", "so 400 Euro im Monat", "sepp.huber@gmx.de");

        await chat.SayAsync("basst");

        Assert.Equal("completed", Assert.Single(await bot.AllProfilesAsync()).Status);
    }

    [Fact]
    public async Task Bis_zum_summa_is_the_day_before_summer()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-AT");
        await chat.SayAllAsync("Hannes Moser", "a Angebot für a Photovoltaik", "dass ma an Strom selber mochn");

        await chat.SayAsync("bis zum Summa");

        Assert.Equal(new DateOnly(2027, 5, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task A_problem_with_the_heating_they_installed_is_a_complaint_and_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAsync("Heidi Zürcher");

        await chat.SayAsync("Mir händ es Problem mit de Heizig wo Sie iibaut händ, sie macht kei warms Wasser meh!");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(profile.Wish);
        Assert.Contains("Heizig", Assert.Single(profile.Requests, r => r.Kind == "complaint").Text);
    }
}
