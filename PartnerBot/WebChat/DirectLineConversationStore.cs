using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>The local channel's conversations as the routes use them: the log (<see cref="IDirectLineLog"/>, in memory or in the
/// store) for what they hold, and this instance's gates and open streams, woken on every append here or, through the log, elsewhere.</summary>
public sealed class DirectLineConversationStore
{
    /// <summary>How stale a conversation's last use may be before a read marks it again (every append marks it anyway).</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DirectLineLive> _live = new(StringComparer.Ordinal);
    private readonly IDirectLineLog _log;
    private readonly IOptions<WebChatOptions> _options;
    private readonly TimeProvider _time;

    public DirectLineConversationStore(IDirectLineLog log, IOptions<WebChatOptions> options, TimeProvider time)
    {
        _log = log;
        _options = options;
        _time = time;
        Attachments = new DirectLineAttachments(options.Value.MaxAttachmentBytes);
    }

    /// <summary>The files uploaded to this instance's conversations, dropped with each conversation.</summary>
    public DirectLineAttachments Attachments { get; }

    /// <summary>The log behind it.</summary>
    public IDirectLineLog Log => _log;

    /// <summary>A new conversation id: random, URL-safe, without <c>/</c> (the Connector puts it in paths).</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>This instance's gate and streams of the conversation.</summary>
    public DirectLineLive Live(string conversationId) => _live.GetOrAdd(conversationId, _ => new DirectLineLive());

    /// <summary>The conversation and its revocation; a conversation read after <see cref="TouchInterval"/> is marked as used.</summary>
    public async Task<DirectLineLookup> LookupAsync(string conversationId, CancellationToken cancellationToken)
    {
        var lookup = await _log.LookupAsync(conversationId, cancellationToken);
        if (lookup.Conversation is { } conversation && conversation.LastTouched + TouchInterval < _time.GetUtcNow())
        {
            await _log.TouchAsync(conversationId, cancellationToken);
        }

        return lookup;
    }

    /// <summary>The conversation, or null when unknown or evicted.</summary>
    public async Task<DirectLineConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        (await LookupAsync(conversationId, cancellationToken)).Conversation;

    /// <summary>Whether a conversation with this id is held.</summary>
    public async Task<bool> ContainsAsync(string conversationId, CancellationToken cancellationToken) =>
        (await _log.LookupAsync(conversationId, cancellationToken)).Conversation is not null;

    /// <summary>The conversation, created when it does not exist and there is room; null when the log is full of live conversations.</summary>
    public async Task<(DirectLineConversationInfo? Conversation, bool Created)> GetOrCreateAsync(
        string conversationId, string userId, string? userName, string locale, CancellationToken cancellationToken)
    {
        if (await FindAsync(conversationId, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var (outcome, conversation) = await _log.CreateAsync(
            new DirectLineConversationInfo(conversationId, userId, userName, locale), id => _live.TryGetValue(id, out var live) && live.HasSubscribers, cancellationToken);
        return (conversation, outcome == DirectLineCreation.Created);
    }

    /// <summary>Logs an activity and wakes the streams; null when the conversation is gone.</summary>
    public async Task<(string Id, bool Added)?> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        var appended = await _log.AppendAsync(conversationId, activity, clientActivityId, cancellationToken);
        if (appended is { Added: true })
        {
            Wake(conversationId);
        }

        return appended;
    }

    /// <summary>Logs a new version of an activity (Connector update) and wakes the streams.</summary>
    public async Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var replaced = await _log.ReplaceAsync(conversationId, activityId, activity, cancellationToken);
        if (replaced)
        {
            Wake(conversationId);
        }

        return replaced;
    }

    /// <summary>Removes an activity from future replays (Connector delete).</summary>
    public Task<bool> DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        _log.DeleteActivityAsync(conversationId, activityId, cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>; null when the conversation is gone.</summary>
    public Task<DirectLinePage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _log.ReadAsync(conversationId, watermark, cancellationToken);

    /// <summary>Sends an activity to the open streams without logging it (typing indicators), here and on the other instances.</summary>
    public Task BroadcastAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Timestamp = DirectLineStamp.Next(_time.GetUtcNow(), DateTimeOffset.MinValue);
        var json = DirectLineJson.Serialize(activity);
        Signal(conversationId, json);
        return _log.BroadcastAsync(conversationId, json, cancellationToken);
    }

    /// <summary>Wakes this instance's streams of the conversation: with <paramref name="json"/> an unlogged activity for them, else "read the log".</summary>
    public void Signal(string conversationId, string? json)
    {
        if (!_live.TryGetValue(conversationId, out var live))
        {
            return;
        }

        if (json is null)
        {
            live.Wake();
        }
        else
        {
            live.Offer(json);
        }
    }

    /// <summary>Wakes every stream of this instance (after a lost connection to the other instances' signals).</summary>
    public void WakeAll()
    {
        foreach (var live in _live.Values)
        {
            live.Wake();
        }
    }

    /// <summary>Forgets every activity logged so far (the customer's data was erased); what is sent afterwards still reaches the page.</summary>
    public async Task EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _log.EraseAsync(conversationId, cancellationToken);
        Attachments.Remove(conversationId);
        Wake(conversationId);
    }

    /// <summary>Ends a conversation the customer's client closed (<c>endOfConversation</c>): its sockets close and it is gone.</summary>
    public async Task<bool> EndAsync(string conversationId, CancellationToken cancellationToken)
    {
        var removed = await _log.RemoveAsync(conversationId, cancellationToken);
        Attachments.Remove(conversationId);
        if (_live.TryRemove(conversationId, out var live))
        {
            live.Close();
        }

        return removed;
    }

    /// <summary>The ids of a customer's conversations.</summary>
    public Task<IReadOnlyList<string>> OfUserAsync(string userId, CancellationToken cancellationToken) => _log.OfUserAsync(userId, cancellationToken);

    /// <summary>Evicts every conversation idle longer than <see cref="WebChatOptions.ConversationIdleTimeout"/>, and closes their streams here.</summary>
    public async Task<int> EvictIdleAsync(CancellationToken cancellationToken)
    {
        var evicted = await _log.EvictIdleAsync(_time.GetUtcNow() - _options.Value.ConversationIdleTimeout, cancellationToken);
        foreach (var id in evicted)
        {
            Attachments.Remove(id);
            if (_live.TryRemove(id, out var live))
            {
                live.Close();
            }
        }

        // Gates and stream lists of conversations another instance evicted, or nobody uses here any more.
        foreach (var (id, live) in _live)
        {
            if (!live.HasSubscribers && live.TurnGate.CurrentCount == 1 && await _log.LookupAsync(id, cancellationToken) is { Conversation: null })
            {
                _live.TryRemove(id, out _);
                Attachments.Remove(id);
            }
        }

        return evicted.Count;
    }

    private void Wake(string conversationId) => Signal(conversationId, null);
}
