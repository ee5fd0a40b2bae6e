using Microsoft.Bot.Schema;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class RedeliveryTests
{
    [Fact]
    public async Task The_same_activity_delivered_twice_gives_one_set_of_entries_and_replies()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAsync("ja");

        var activity = chat.Adapter.MakeActivity("Anna Schmidt");
        activity.Id = "activity-42";
        Assert.NotEmpty(await chat.DeliverAsync(activity));

        var again = chat.Adapter.MakeActivity("Anna Schmidt");
        again.Id = "activity-42";
        Assert.Empty(await chat.DeliverAsync(again));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Single(profile.Entries, e => e.Slot == "name");
        Assert.Contains(bot.German.Questions["vision"], Assert.Single(await chat.SayAsync("eine neue Website")));
    }

    [Fact]
    public async Task A_redelivery_that_expects_replies_gets_the_same_replies_again()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();

        var activity = chat.Adapter.MakeActivity("ja");
        activity.Id = "activity-7";
        var first = await chat.DeliverAsync(activity);

        var again = chat.Adapter.MakeActivity("ja");
        again.Id = "activity-7";
        again.DeliveryMode = DeliveryModes.ExpectReplies;
        Assert.NotEmpty(first);
        Assert.Equal(first, await chat.DeliverAsync(again));
        Assert.Single(await bot.AllProfilesAsync());
    }
}
