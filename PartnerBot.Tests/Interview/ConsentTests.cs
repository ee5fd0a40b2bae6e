using Microsoft.Bot.Builder;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

public class ConsentTests
{
    [Fact]
    public async Task A_customer_who_declines_leaves_nothing_personal_in_the_store()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.SayAsync("Hallo, ich bin Anna Schmidt, anna@example.com");

        var declined = Assert.Single(await chat.SayAsync("nein"));
        Assert.Contains("030 1234567", declined);
        Assert.Contains("Bäckerei Sonnenschein", declined);

        var later = Assert.Single(await chat.SayAsync("Ich heiße übrigens Anna und mein Telefon ist 0171 2345678"));
        Assert.Contains("nichts", later);

        Assert.Empty(await bot.AllProfilesAsync());
        var stored = await bot.Storage.ReadAsync([$"test/users/{chat.UserId}", $"test/conversations/{chat.ConversationId}"], CancellationToken.None);
        Assert.False(stored.ContainsKey($"test/users/{chat.UserId}"));
        var conversation = Newtonsoft.Json.JsonConvert.SerializeObject(stored[$"test/conversations/{chat.ConversationId}"]);
        Assert.DoesNotContain("Anna", conversation);
        Assert.DoesNotContain("anna@example.com", conversation);
        Assert.DoesNotContain("2345678", conversation);
    }

    [Fact]
    public async Task A_customer_who_declined_can_still_agree_later()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAsync("nein danke");
        Assert.Contains(bot.German.Questions["name"], Assert.Single(await chat.SayAsync("ja")));
        Assert.Single(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task English_no_variants_decline()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat("en-US");
        await chat.JoinAsync();
        var reply = Assert.Single(await chat.SayAsync("no thanks"));
        Assert.Contains("won't store anything", reply);
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task The_transcript_keeps_a_conversation_from_consent_on_and_nothing_of_one_that_declined()
    {
        await using var bot = new BotHarness();
        var agreed = bot.Chat();
        await agreed.SayAsync("Hallo, ich bin Anna Schmidt");
        await agreed.SayAllAsync("ja", "eine neue Website");
        var kept = (await bot.Transcripts.GetTranscriptActivitiesAsync("test", agreed.ConversationId)).Items
            .Select(a => a.AsMessageActivity()?.Text).ToList();
        Assert.Contains("ja", kept);
        Assert.Contains("eine neue Website", kept);
        Assert.DoesNotContain("Hallo, ich bin Anna Schmidt", kept);

        var declined = bot.Chat(userId: "berta");
        await declined.SayAllAsync("Hallo, ich bin Berta", "nein", "berta@example.com");
        Assert.Empty((await bot.Transcripts.GetTranscriptActivitiesAsync("test", declined.ConversationId)).Items);
    }

    [Fact]
    public async Task Erasure_removes_the_transcript_and_keeps_nothing_of_the_erasing_turn()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "Daten löschen", "ja");
        Assert.Empty((await bot.Transcripts.GetTranscriptActivitiesAsync("test", chat.ConversationId)).Items);
    }

    [Fact]
    public async Task Entries_are_written_as_they_are_given_so_owners_see_in_progress_profiles()
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("in-progress", profile.Status);
        Assert.Equal("Anna Schmidt", profile.Name);
        var entry = Assert.Single(profile.Entries);
        Assert.Equal(("name", "Anna Schmidt", "test"), (entry.Slot, entry.Value, entry.ChannelId));
    }
}
