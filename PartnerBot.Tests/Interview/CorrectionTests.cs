using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class CorrectionTests
{
    private static async Task<(BotHarness Bot, ChatDriver Chat)> AtSummaryAsync()
    {
        var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website", "mehr Zeit für die Familie", "bis Ende März", "5.000 €", "anna@example.com");
        return (bot, chat);
    }

    [Fact]
    public async Task A_correction_at_the_summary_updates_the_value_and_says_what_changed()
    {
        var (bot, chat) = await AtSummaryAsync();
        await using var _ = bot;
        var replies = await chat.SayAsync("die E-Mail ist eigentlich anna@neu.de");
        var text = string.Join("\n", replies);
        Assert.Contains("Die E-Mail-Adresse ist jetzt anna@neu.de", replies[0]);
        Assert.Contains(bot.German.SummaryAfterChange, text);
        Assert.Equal(["Ja, passt so", "Etwas ändern"], chat.LastChoices);

        await chat.SayAsync("ja");
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal("anna@neu.de", profile.Email);
        Assert.Equal(["anna@example.com", "anna@neu.de"], profile.Entries.Where(e => e.Slot == "email").Select(e => e.Value));
    }

    [Fact]
    public async Task A_correction_during_the_interview_is_acknowledged_and_the_question_stays()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt");
        var reply = Assert.Single(await chat.SayAsync("mein Name ist eigentlich Anna Maier"));
        Assert.Contains("Name", reply);
        Assert.Contains(bot.German.Questions["wish"], reply);
        Assert.Equal("Anna Maier", Assert.Single(await bot.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task No_at_the_summary_asks_what_to_change()
    {
        var (bot, chat) = await AtSummaryAsync();
        await using var _ = bot;
        Assert.Equal(bot.German.SummaryWhatToChange, Assert.Single(await chat.SayAsync("nein")));
        Assert.False(Assert.Single(await bot.AllProfilesAsync()).Completed);
    }

    [Fact]
    public async Task A_correction_after_completion_updates_the_completed_profile()
    {
        var (bot, chat) = await AtSummaryAsync();
        await using var _ = bot;
        await chat.SayAsync("ja");
        var reply = Assert.Single(await chat.SayAsync("das Budget ist eher 8.000 €"));
        Assert.Contains("Budget", reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Completed);
        Assert.Equal(8000m, profile.Budget?.Amount);
    }
}
