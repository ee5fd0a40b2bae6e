using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Privacy;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

public sealed class TranscriptLoggingMiddlewareTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Simultaneous_turns_through_one_instance_keep_their_own_transcripts()
    {
        var store = new MemoryTranscriptStore();
        var middleware = Middleware(new YieldingStore(store));
        var adapter = new TestAdapter();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            using var turn = new TurnContext(adapter, Message($"c{i}", $"in {i}"));
            await middleware.OnTurnAsync(turn, async cancellationToken =>
            {
                TranscriptConsent.Grant(turn);
                await turn.SendActivityAsync($"out {i}a", cancellationToken: cancellationToken);
                await Task.Yield();
                await turn.SendActivityAsync($"out {i}b", cancellationToken: cancellationToken);
            }, Ct);
        }, Ct)));

        for (var i = 0; i < 30; i++)
        {
            var page = await store.GetTranscriptActivitiesAsync("test", $"c{i}");
            Assert.Equal([$"in {i}", $"out {i}a", $"out {i}b"], page.Items.Select(a => ((Activity)a).Text));
        }
    }

    [Fact]
    public async Task What_the_customer_said_is_kept_when_the_bot_fails()
    {
        var store = new MemoryTranscriptStore();
        using var turn = new TurnContext(new TestAdapter(), Message("c1", "Hallo"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Middleware(store).OnTurnAsync(turn, _ =>
        {
            TranscriptConsent.Grant(turn);
            throw new InvalidOperationException("bot failed");
        }, Ct));

        Assert.Equal(["Hallo"], (await store.GetTranscriptActivitiesAsync("test", "c1")).Items.Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task Nothing_is_written_for_a_turn_without_consent()
    {
        var store = new MemoryTranscriptStore();
        using var turn = new TurnContext(new TestAdapter(), Message("c1", "Ich bin Anna, anna@example.com"));

        await Middleware(store).OnTurnAsync(turn, ct => turn.SendActivityAsync("Darf ich mir das notieren?", cancellationToken: ct), Ct);

        Assert.Empty((await store.GetTranscriptActivitiesAsync("test", "c1")).Items);
    }

    [Fact]
    public async Task A_failing_transcript_store_does_not_fail_the_turn()
    {
        using var turn = new TurnContext(new TestAdapter(), Message("c1", "Hallo"));
        var answered = false;

        await Middleware(new BrokenStore()).OnTurnAsync(turn, _ =>
        {
            answered = true;
            return Task.CompletedTask;
        }, Ct);

        Assert.True(answered);
    }

    private static TranscriptLoggingMiddleware Middleware(ITranscriptLogger store) =>
        new(store, TimeProvider.System, NullLogger<TranscriptLoggingMiddleware>.Instance);

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
        Text = text,
    };

    /// <summary>A store that answers asynchronously, as a database does.</summary>
    private sealed class YieldingStore(ITranscriptLogger inner) : ITranscriptLogger
    {
        public async Task LogActivityAsync(IActivity activity)
        {
            await Task.Yield();
            await inner.LogActivityAsync(activity);
        }
    }

    private sealed class BrokenStore : ITranscriptLogger
    {
        public Task LogActivityAsync(IActivity activity) => throw new TimeoutException("database away");
    }
}
