using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PartnerBot.Owner.Handoff;

/// <summary>The live dashboards open on this instance and what each may see: the queue, and the chats it has open.</summary>
public sealed class HandoffHub
{
    private readonly ConcurrentDictionary<Subscriber, byte> _subscribers = new();

    /// <summary>How many dashboards are open here.</summary>
    public int Count => _subscribers.Count;

    /// <summary>True while <paramref name="viewerId"/> has a dashboard open here.</summary>
    public bool IsWatching(string viewerId) => _subscribers.Keys.Any(s => s.ViewerId == viewerId);

    /// <summary>Opens a dashboard's feed: queue events, and those of <paramref name="watched"/> when given.</summary>
    public Subscriber Subscribe(string viewerId, string? watched)
    {
        var subscriber = new Subscriber(this, viewerId, watched);
        _subscribers[subscriber] = 0;
        return subscriber;
    }

    /// <summary>Hands <paramref name="handoffEvent"/> to every dashboard here that may see it.</summary>
    public void Deliver(HandoffEvent handoffEvent)
    {
        ArgumentNullException.ThrowIfNull(handoffEvent);
        foreach (var subscriber in _subscribers.Keys)
        {
            if (handoffEvent.ForEveryone || subscriber.Watched == handoffEvent.HandoffId)
            {
                // A dashboard that stopped reading loses events instead of holding memory; its page reloads the state on reconnect.
                subscriber.Events.Writer.TryWrite(handoffEvent);
            }
        }
    }

    /// <summary>One open dashboard feed.</summary>
    public sealed class Subscriber : IDisposable
    {
        private readonly HandoffHub _hub;

        internal Subscriber(HandoffHub hub, string viewerId, string? watched)
        {
            _hub = hub;
            ViewerId = viewerId;
            Watched = watched;
        }

        /// <summary>Who reads (a staff id, or the owner).</summary>
        public string ViewerId { get; }

        /// <summary>The handoff whose lines this feed gets; null for the queue only.</summary>
        public string? Watched { get; }

        /// <summary>The events for this feed, at most a few hundred unread.</summary>
        public Channel<HandoffEvent> Events { get; } = Channel.CreateBounded<HandoffEvent>(new BoundedChannelOptions(256)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        });

        /// <inheritdoc/>
        public void Dispose()
        {
            _hub._subscribers.TryRemove(this, out _);
            Events.Writer.TryComplete();
        }
    }
}
