using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Owner.Handoff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The open handoffs an instance knows of: a conversation without one costs no query, one opened here or on another
/// instance is asked about, one closed elsewhere is asked about once and then forgotten.</summary>
public sealed class OpenHandoffsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_open_handoffs_are_read_from_the_store_once_and_kept_by_the_changes_made_here()
    {
        var store = new CountingStore();
        var waiting = await store.RequestAsync(Chat("c-open"), Cancel);
        var open = new OpenHandoffs(store, NullLogger<OpenHandoffs>.Instance);

        Assert.True(await open.MayHaveAsync("website", "c-open", Cancel));
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await open.MayHaveAsync("website", $"c-other-{i}", Cancel));
        }

        Assert.Equal(1, store.OpenReads);

        open.Opened(await store.RequestAsync(Chat("c-new"), Cancel));
        Assert.True(await open.MayHaveAsync("website", "c-new", Cancel));
        open.Closed(waiting);
        Assert.False(await open.MayHaveAsync("website", "c-open", Cancel));

        // After the listener reconnected, the store is read again (a handoff opened meanwhile elsewhere is then known).
        await store.RequestAsync(Chat("c-elsewhere"), Cancel);
        Assert.False(await open.MayHaveAsync("website", "c-elsewhere", Cancel));
        open.Reload();
        Assert.True(await open.MayHaveAsync("website", "c-elsewhere", Cancel));
        Assert.Equal(2, store.OpenReads);
    }

    [Fact]
    public async Task Queue_events_of_another_instance_open_and_close_a_conversation_here()
    {
        var store = new CountingStore();
        var here = new OpenHandoffs(store, NullLogger<OpenHandoffs>.Instance);
        Assert.False(await here.MayHaveAsync("website", "c1", Cancel));

        // Another instance queued the conversation: its event names only the handoff, which is looked up.
        var waiting = await store.RequestAsync(Chat("c1"), Cancel);
        await here.HeardAsync(new HandoffEvent(HandoffEvent.Queue, waiting.Id, Chat: HandoffView.Of(waiting)), Cancel);
        Assert.True(await here.MayHaveAsync("website", "c1", Cancel));

        // Typing and lines change nothing; the hand back there closes it here.
        await here.HeardAsync(new HandoffEvent(HandoffEvent.Typing, waiting.Id, Who: HandoffEvent.Customer), Cancel);
        Assert.True(await here.MayHaveAsync("website", "c1", Cancel));
        var back = waiting with { Status = HandoffStatus.Bot };
        await here.HeardAsync(new HandoffEvent(HandoffEvent.Queue, waiting.Id, Chat: HandoffView.Of(back)), Cancel);
        Assert.False(await here.MayHaveAsync("website", "c1", Cancel));
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_makes_every_turn_ask_it_until_it_can()
    {
        var store = new CountingStore { Failing = true };
        var open = new OpenHandoffs(store, NullLogger<OpenHandoffs>.Instance);
        Assert.True(await open.MayHaveAsync("website", "c1", Cancel));
        Assert.True(await open.MayHaveAsync("website", "c1", Cancel));

        store.Failing = false;
        Assert.False(await open.MayHaveAsync("website", "c1", Cancel));
        Assert.Equal(3, store.OpenReads);
    }

    /// <summary>A handoff as the desk writes it.</summary>
    public static HandoffChat Chat(string conversation) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "website",
        ConversationId = conversation,
        Status = HandoffStatus.Waiting,
        Locale = "de-DE",
        Reference = "{}",
        RequestedAt = Now,
    };

    private sealed class CountingStore : IHandoffStore
    {
        private readonly MemoryHandoffStore _inner = new();

        public int OpenReads { get; private set; }

        public bool Failing { get; set; }

        public Task<HandoffChat?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
            _inner.FindAsync(channelId, conversationId, cancellationToken);

        public Task<HandoffChat?> GetAsync(string id, CancellationToken cancellationToken) => _inner.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<HandoffChat>> OpenAsync(CancellationToken cancellationToken)
        {
            OpenReads++;
            return Failing ? throw new InvalidOperationException("The database is away.") : _inner.OpenAsync(cancellationToken);
        }

        public Task<HandoffChat> RequestAsync(HandoffChat waiting, CancellationToken cancellationToken) => _inner.RequestAsync(waiting, cancellationToken);

        public Task<bool> ChangeAsync(HandoffChat changed, DateTimeOffset now, CancellationToken cancellationToken) =>
            _inner.ChangeAsync(changed, now, cancellationToken);

        public Task RemoveAsync(IEnumerable<(string ChannelId, string ConversationId)> conversations, CancellationToken cancellationToken) =>
            _inner.RemoveAsync(conversations, cancellationToken);

        public Task TouchPresenceAsync(string viewerId, DateTimeOffset until, CancellationToken cancellationToken) =>
            _inner.TouchPresenceAsync(viewerId, until, cancellationToken);

        public Task<bool> AnyonePresentAsync(DateTimeOffset now, CancellationToken cancellationToken) => _inner.AnyonePresentAsync(now, cancellationToken);
    }
}
