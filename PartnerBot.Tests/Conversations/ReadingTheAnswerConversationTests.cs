using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Answers read as the customer meant them: a negated rush is no urgency, the start of the work gives way to the deadline
/// said with it, and a wish that points back ("need a new one") is the whole message.</summary>
public class ReadingTheAnswerConversationTests
{
    [Fact]
    public async Task Whenever_no_rush_is_an_open_timeframe_and_not_urgent()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Chris", "pressure washing my driveway", "get the green gunk off");

        await chat.SayAsync("whenever, no rush");

        var timeframe = Assert.Single(await bot.AllProfilesAsync()).Timeframe;
        Assert.True(timeframe?.Open);
        Assert.False(timeframe?.Urgent);
    }

    [Fact]
    public async Task Wann_ihr_zeit_habt_ist_nicht_eilig_is_an_open_timeframe_and_not_urgent()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Hannes Petersen", "einen neuen Zaun", "stabil und blickdicht");

        await chat.SayAsync("wann ihr zeit habt, ist nicht eilig");

        var timeframe = Assert.Single(await bot.AllProfilesAsync()).Timeframe;
        Assert.True(timeframe?.Open);
        Assert.False(timeframe?.Urgent);
    }

    [Fact]
    public async Task Ab_januar_spaetestens_am_15_januar_is_the_deadline()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAllAsync("Frau Brunner", "eine Reinigungsfirma für unser Büro", "zweimal pro Woche, zuverlässig");

        var reply = string.Join("\n", await chat.SayAsync("ab Januar, spätestens 15. Januar"));

        Assert.EndsWith(bot.German.Questions["budget"], reply);
        Assert.Equal(new DateOnly(2027, 1, 15), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Ab_maerz_alone_is_that_months_last_day()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Birgit Lange", "Gartenpflege", "Rasen mähen und Hecke schneiden");

        var reply = string.Join("\n", await chat.SayAsync("ab März"));

        Assert.EndsWith(bot.German.Questions["budget"], reply);
        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Starting_in_january_by_the_15th_at_the_latest_is_the_deadline()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Olivia Grant", "a cleaner for my flat", "mostly kitchen and bathroom");

        await chat.SayAsync("starting in january, by january 15th at the latest");

        Assert.Equal(new DateOnly(2027, 1, 15), Assert.Single(await bot.AllProfilesAsync()).Timeframe?.Date);
    }

    [Fact]
    public async Task Need_a_new_one_after_what_broke_keeps_what_broke_as_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Derek Stone");

        var reply = string.Join("\n", await chat.SayAsync("water heater died, need a new one"));

        Assert.EndsWith(bot.English.Questions["vision"], reply);
        Assert.Contains("water heater", Assert.Single(await bot.AllProfilesAsync()).Wish);
    }

    [Fact]
    public async Task Ich_brauche_eine_neue_after_what_broke_keeps_what_broke_as_the_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Frank Otto");

        var reply = string.Join("\n", await chat.SayAsync("die alte Heizung ist hin, ich brauche eine neue"));

        Assert.EndsWith(bot.German.Questions["vision"], reply);
        Assert.Contains("Heizung", Assert.Single(await bot.AllProfilesAsync()).Wish);
    }
}
