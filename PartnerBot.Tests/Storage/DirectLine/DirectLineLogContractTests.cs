using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.Storage.DirectLine;

/// <summary>What every durable website chat log must do: watermarks, dedupe, bounds per conversation and in total, erasure, revocation.</summary>
public abstract class DirectLineLogContractTests
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A log on an empty store with these settings.</summary>
    protected abstract Task<IDirectLineLog> CreateAsync(WebChatOptions settings);

    protected static IOptions<WebChatOptions> Wrap(WebChatOptions settings) => Options.Create(settings);

    [Fact]
    public async Task Appends_count_the_watermark_replay_from_it_and_a_retried_post_keeps_its_id()
    {
        var log = await CreateAsync(new WebChatOptions());
        await StartAsync(log, "c1");

        var first = await log.AppendAsync("c1", Message("eins"), "client-1", Cancel);
        Time.Advance(TimeSpan.FromMilliseconds(1));
        var retried = await log.AppendAsync("c1", Message("eins"), "client-1", Cancel);
        await log.AppendAsync("c1", Message("zwei"), null, Cancel);

        Assert.Equal((first!.Value.Id, false), retried);
        var all = (await log.ReadAsync("c1", 0, Cancel))!;
        Assert.Equal(2, all.Watermark);
        Assert.Equal(["eins", "zwei"], all.Entries.Select(e => Text(e.Json)));
        var after = (await log.ReadAsync("c1", 1, Cancel))!;
        Assert.Equal(["zwei"], after.Entries.Select(e => Text(e.Json)));
        Assert.Equal(1, after.Entries.Single().Sequence);
        Assert.Null(await log.ReadAsync("unknown", 0, Cancel));
    }

    [Fact]
    public async Task A_conversation_keeps_its_newest_activities_within_its_byte_bound()
    {
        var log = await CreateAsync(new WebChatOptions { MaxConversationBytes = 64 * 1024, MaxActivityBytes = 16 * 1024 });
        await StartAsync(log, "big");

        for (var i = 0; i < 12; i++)
        {
            await log.AppendAsync("big", Message(new string((char)('a' + i), 7_000)), null, Cancel);
        }

        var info = (await log.LookupAsync("big", Cancel)).Conversation!;
        Assert.InRange(info.Bytes, 1, 64 * 1024);
        Assert.Equal(12, info.Watermark);
        var page = (await log.ReadAsync("big", 0, Cancel))!;
        Assert.InRange(page.Entries.Count, 2, 9);
        Assert.Equal(new string('l', 7_000), Text(page.Entries[^1].Json));
    }

    [Fact]
    public async Task A_full_log_refuses_a_new_conversation_unless_an_unused_one_can_make_room()
    {
        var settings = new WebChatOptions { MaxTotalBytes = 1024 * 1024, MaxConversationBytes = 256 * 1024, MaxActivityBytes = 64 * 1024 };
        var log = await CreateAsync(settings);
        var room = (int)(settings.MaxTotalBytes / DirectLineLogLimits.ReservedBytes(settings));
        for (var i = 0; i < room; i++)
        {
            Assert.Equal(DirectLineCreation.Created, (await StartAsync(log, $"c{i}")).Outcome);
        }

        Assert.Equal(DirectLineCreation.Full, (await StartAsync(log, "one-too-many")).Outcome);

        // Five minutes later the oldest is unused and makes room, unless a stream is open on it here.
        Time.Advance(TimeSpan.FromMinutes(6));
        await log.TouchAsync("c1", Cancel);
        Assert.Equal(DirectLineCreation.Full, (await log.CreateAsync(Conversation("watched-only"), id => id != "c1", Cancel)).Outcome);
        Assert.Equal(DirectLineCreation.Created, (await log.CreateAsync(Conversation("fits"), id => id == "c0", Cancel)).Outcome);
        Assert.NotNull((await log.LookupAsync("c0", Cancel)).Conversation);
        Assert.NotNull((await log.LookupAsync("c1", Cancel)).Conversation);
        Assert.Null((await log.LookupAsync("c2", Cancel)).Conversation);
    }

    [Fact]
    public async Task Erasure_deletes_every_activity_and_the_name_and_later_activities_still_count_on()
    {
        var log = await CreateAsync(new WebChatOptions());
        await log.CreateAsync(Conversation("erase") with { UserName = "Anna Schmidt" }, _ => false, Cancel);
        await log.AppendAsync("erase", Message("Ich heiße Anna Schmidt"), "k1", Cancel);

        await log.EraseAsync("erase", Cancel);
        await log.AppendAsync("erase", Message("Ihre Daten sind gelöscht."), "k1", Cancel);

        var info = (await log.LookupAsync("erase", Cancel)).Conversation!;
        Assert.True(info.Erased);
        Assert.Null(info.UserName);
        var page = (await log.ReadAsync("erase", 0, Cancel))!;
        Assert.Equal(["Ihre Daten sind gelöscht."], page.Entries.Select(e => Text(e.Json)));
        Assert.Equal(2, page.Watermark);
        await AssertNoTraceAsync("Anna Schmidt");
    }

    [Fact]
    public async Task Revocations_and_conversations_outlive_the_log_object_and_idle_ones_are_evicted()
    {
        var log = await CreateAsync(new WebChatOptions());
        await StartAsync(log, "kept");
        await StartAsync(log, "idle");
        await log.RevokeAsync("idle", Cancel);
        Time.Advance(TimeSpan.FromHours(1));
        await log.AppendAsync("kept", Message("noch da"), null, Cancel);

        var again = await ReopenAsync();
        Assert.Equal(Time.GetUtcNow().AddHours(-1).ToUnixTimeMilliseconds(), (await again.LookupAsync("idle", Cancel)).RevokedAt?.ToUnixTimeMilliseconds());
        Assert.Equal(["idle"], await again.EvictIdleAsync(Time.GetUtcNow() - TimeSpan.FromMinutes(30), Cancel));
        Assert.Equal(1, (await again.LookupAsync("kept", Cancel)).Conversation!.Watermark);
    }

    /// <summary>A second log on the same store (a restart, or another instance).</summary>
    protected abstract Task<IDirectLineLog> ReopenAsync();

    /// <summary>Fails when <paramref name="text"/> is still somewhere in the store (after its scrub).</summary>
    protected abstract Task AssertNoTraceAsync(string text);

    protected static Task<(DirectLineCreation Outcome, DirectLineConversationInfo? Conversation)> StartAsync(IDirectLineLog log, string id) =>
        log.CreateAsync(Conversation(id), _ => false, Cancel);

    private static DirectLineConversationInfo Conversation(string id) => new(id, "dl_user", null, "de-DE");

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text };

    private static string? Text(string json) => (string?)System.Text.Json.Nodes.JsonNode.Parse(json)!["text"];
}
