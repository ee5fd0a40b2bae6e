using System.Collections.Concurrent;

namespace PartnerBot.Owner.Handoff;

/// <summary>This instance's knowledge of which conversations have an open handoff (waiting or held), so that a customer's message or
/// typing asks the store only for those conversations and every other turn costs no query.</summary>
/// <remarks>Read from the store once (on first use, and again after the listener for the other instances reconnected), then kept by
/// the desk's own changes and the queue events of other instances. It may name a conversation whose handoff has since closed (the
/// desk then asks the store and forgets it); it never misses one opened here, and one opened on another instance only for the few
/// milliseconds its event takes to arrive.</remarks>
public sealed class OpenHandoffs(IHandoffStore store, ILogger<OpenHandoffs> logger)
{
    private readonly ConcurrentDictionary<(string ChannelId, string ConversationId), string> _byConversation = new();
    private readonly ConcurrentDictionary<string, (string ChannelId, string ConversationId)> _byId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Task<bool>? _loaded;

    /// <summary>False when the conversation certainly has no open handoff; true when it may have one (or the store could not be read).</summary>
    public async ValueTask<bool> MayHaveAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var loaded = Loading();
        if (!(loaded.IsCompletedSuccessfully ? loaded.Result : await loaded.WaitAsync(cancellationToken)))
        {
            Reload(); // the store could not be read: this turn asks it, the next one tries to read the set again
            return true;
        }

        return _byConversation.ContainsKey((channelId, conversationId));
    }

    /// <summary>The handoff is open (a request, a take-over): its conversation's turns ask the store.</summary>
    public void Opened(HandoffChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var key = (chat.ChannelId, chat.ConversationId);
        _byConversation[key] = chat.Id;
        _byId[chat.Id] = key;
    }

    /// <summary>The handoff closed (handed back, ended, timed out): its conversation's turns no longer ask the store.</summary>
    public void Closed(HandoffChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        Forget(chat.ChannelId, chat.ConversationId);
    }

    /// <summary>The store says the conversation has no open handoff (closed on another instance, or erased).</summary>
    public void Forget(string channelId, string conversationId)
    {
        if (_byConversation.TryRemove((channelId, conversationId), out var id))
        {
            _byId.TryRemove(id, out _);
        }
    }

    /// <summary>A queue event of another instance: an opened handoff's conversation is looked up by its id (the events carry none).</summary>
    public async Task HeardAsync(HandoffEvent handoffEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoffEvent);
        if (handoffEvent is not { Kind: HandoffEvent.Queue, Chat: { } view })
        {
            return;
        }

        if (view.Status is not ("waiting" or "held"))
        {
            if (_byId.TryGetValue(view.Id, out var key))
            {
                Forget(key.ChannelId, key.ConversationId);
            }

            return;
        }

        if (_byId.ContainsKey(view.Id))
        {
            return;
        }

        try
        {
            if (await store.GetAsync(view.Id, cancellationToken) is { IsOpen: true } chat)
            {
                Opened(chat);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without the lookup this instance could miss the handoff: read everything again on the next turn.
            logger.LogWarning("A handoff of another instance could not be looked up ({ExceptionType}); reading the open handoffs again.", exception.GetType().FullName);
            Reload();
        }
    }

    /// <summary>Reads the open handoffs from the store again on the next turn (after events of other instances may have been missed).</summary>
    public void Reload()
    {
        lock (_gate)
        {
            _loaded = null;
        }
    }

    private Task<bool> Loading()
    {
        lock (_gate)
        {
            return _loaded ??= LoadAsync();
        }
    }

    private async Task<bool> LoadAsync()
    {
        try
        {
            // Only adds: a handoff closed while this ran stays named until its conversation's next turn finds it closed.
            foreach (var chat in await store.OpenAsync(CancellationToken.None))
            {
                Opened(chat);
            }

            return true;
        }
        catch (Exception exception)
        {
            logger.LogWarning("The open handoffs could not be read ({ExceptionType}); turns ask the store until they can.", exception.GetType().FullName);
            return false;
        }
    }
}
