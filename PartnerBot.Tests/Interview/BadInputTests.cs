using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Empty_text_gets_a_friendly_nudge_and_the_question_again(string? text)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var reply = Assert.Single(await chat.SayAsync(text));
        Assert.Contains(bot.German.Empty, reply);
        Assert.Contains(bot.German.Questions["name"], reply);
    }

    [Fact]
    public async Task An_attachment_without_text_is_answered_kindly()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var activity = chat.Adapter.MakeActivity();
        activity.Attachments = [new Attachment("image/png", "https://example.com/a.png")];
        var reply = Assert.Single(await chat.SendAsync(activity));
        Assert.Contains("Dateien kann ich hier leider nicht annehmen", reply);
    }

    [Fact]
    public async Task Emoji_only_gets_a_smile_back_and_the_question_again()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var reply = Assert.Single(await chat.SayAsync("👍🎉😊"));
        Assert.Contains(bot.German.EmojiOnly, reply);
        Assert.Contains(bot.German.Questions["name"], reply);
        Assert.Empty((await bot.AllProfilesAsync()).Single().Entries);
    }

    [Fact]
    public async Task A_very_long_text_is_cut_and_the_customer_is_told()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");
        var replies = await chat.SayAsync("Eine Website " + new string('x', 20_000));
        Assert.Contains("2.000", replies[0]);
        var wish = Assert.Single(await bot.AllProfilesAsync()).Wish;
        Assert.NotNull(wish);
        Assert.True(wish.Length <= 2_000);
    }

    [Fact]
    public async Task Unknown_activity_types_are_ignored_without_a_crash()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var activity = chat.Adapter.MakeActivity();
        activity.Type = "somethingNew";
        Assert.Empty(await chat.SendAsync(activity));
        Assert.Contains(bot.German.Questions["wish"], Assert.Single(await chat.SayAsync("Anna Schmidt")));
    }

    [Fact]
    public async Task A_storage_that_throws_gives_an_apology_and_no_crash()
    {
        var failing = new Mock<IStorage>();
        failing.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk on fire"));
        await using var bot = new BotHarness(services => services.AddSingleton(failing.Object));
        var reply = Assert.Single(await bot.Chat().SayAsync("Hallo"));
        Assert.Equal(bot.German.Apology, reply);
        Assert.DoesNotContain("disk", reply);
    }
}
