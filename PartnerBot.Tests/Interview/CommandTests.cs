using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class CommandTests
{
    [Fact]
    public async Task Help_explains_the_commands_and_repeats_the_question()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var reply = Assert.Single(await chat.SayAsync("Hilfe"));
        Assert.Contains("überspringen", reply);
        Assert.EndsWith(bot.German.Questions["name"], reply);
    }

    [Fact]
    public async Task Skip_moves_on_to_the_next_question()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var reply = Assert.Single(await chat.SayAsync("überspringen"));
        Assert.Contains(bot.German.SkippedByCustomer, reply);
        Assert.Contains(bot.German.Questions["wish"], reply);
    }

    [Fact]
    public async Task Back_asks_the_previous_question_again_and_the_new_answer_replaces_the_old()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website");
        var reply = Assert.Single(await chat.SayAsync("zurück"));
        Assert.Contains(bot.German.Questions["wish"], reply);
        Assert.Contains(bot.German.Questions["vision"], Assert.Single(await chat.SayAsync("einen Online-Shop")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("einen Online-Shop", profile.Wish);
        Assert.Equal(2, profile.Entries.Count(e => e.Slot == "wish"));
    }

    [Fact]
    public async Task Back_at_the_first_question_says_so()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var reply = Assert.Single(await chat.SayAsync("zurück"));
        Assert.Contains(bot.German.NothingToGoBackTo, reply);
        Assert.Contains(bot.German.Questions["name"], reply);
    }

    [Fact]
    public async Task Summary_shows_what_is_noted_so_far_and_continues()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");
        var replies = await chat.SayAsync("Zusammenfassung");
        Assert.Contains("- Name: Anna Schmidt", replies[0]);
        Assert.Contains("- Wunsch: —", replies[0]);
        Assert.Contains(bot.German.Questions["wish"], replies[^1]);
    }

    [Fact]
    public async Task Cancel_stops_the_interview_and_restart_begins_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");
        Assert.Equal(bot.German.Cancelled, Assert.Single(await chat.SayAsync("abbrechen")));
        Assert.Equal("cancelled", Assert.Single(await bot.AllProfilesAsync()).Status);
        Assert.Equal(bot.German.Cancelled, Assert.Single(await chat.SayAsync("Hm.")));

        // Starting again keeps who the customer is: the questions begin with the wish.
        var restarted = Assert.Single(await chat.SayAsync("neu starten"));
        Assert.Contains(bot.German.Restarted, restarted);
        Assert.Contains(bot.German.Questions["wish"], restarted);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("in-progress", profile.Status);
        Assert.Equal("Anna Schmidt", profile.Name);
    }

    [Fact]
    public async Task My_data_shows_what_is_stored()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website");
        var replies = await chat.SayAsync("meine Daten");
        Assert.Contains(bot.German.MyDataIntro, replies[0]);
        Assert.Contains("Anna Schmidt", replies[0]);
        Assert.Contains("26.11.2026", replies[0]);
    }

    [Fact]
    public async Task My_data_before_consent_says_nothing_is_stored()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        Assert.Contains(bot.German.MyDataNone, (await chat.SayAsync("meine Daten"))[0]);
    }

    [Fact]
    public async Task Delete_my_data_erases_profile_entries_and_state_then_confirms()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website", "anna@example.com");
        Assert.Single(await bot.AllProfilesAsync());

        var reply = Assert.Single(await chat.SayAllAsync("Daten löschen", "ja"));
        Assert.Equal(bot.German.Deleted, reply);
        Assert.Empty(await bot.AllProfilesAsync());
        var keys = new[] { $"test/users/{chat.UserId}", $"test/conversations/{chat.ConversationId}" };
        Assert.Empty(await bot.Storage.ReadAsync(keys, CancellationToken.None));

        var again = await chat.SayAsync("Hallo");
        Assert.Equal(2, again.Count);
        Assert.Contains("Bäckerei Sonnenschein", again[0]);
    }

    [Fact]
    public async Task English_commands_work_too()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        Assert.Contains(bot.English.Questions["wish"], Assert.Single(await chat.SayAsync("skip")));
        Assert.Contains("skip", Assert.Single(await chat.SayAsync("help")));
        await chat.SayAsync("a new website");
        Assert.Equal(bot.English.Deleted, Assert.Single(await chat.SayAllAsync("delete my data", "yes")));
        Assert.Empty(await bot.AllProfilesAsync());
    }
}
