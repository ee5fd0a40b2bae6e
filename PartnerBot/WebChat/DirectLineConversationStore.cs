using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>The local channel's conversations, in memory and bounded in number and in bytes.</summary>
/// <remarks>
/// Conversations idle past <see cref="WebChatOptions.ConversationIdleTimeout"/> are evicted. When the store is full, room is
/// made only from conversations nobody is looking at (no open stream, untouched for <see cref="WebChatOptions.MinIdleBeforeEviction"/>),
/// oldest first; if there are none, the new conversation is refused and the caller answers 503. A flood of new conversations
/// therefore never evicts a customer who is chatting: it can only delay new ones, and the per-client rate limits bound it.
/// </remarks>
public sealed class DirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly object _createGate = new();
    private readonly IOptions<WebChatOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineConversationStore> _logger;

    public DirectLineConversationStore(IOptions<WebChatOptions> options, TimeProvider time, ILogger<DirectLineConversationStore> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        Budget = new DirectLineMemoryBudget(options.Value.MaxTotalBytes);
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>The bytes all conversations hold together, against <see cref="WebChatOptions.MaxTotalBytes"/>.</summary>
    public DirectLineMemoryBudget Budget { get; }

    /// <summary>A new conversation id: random, URL-safe, without <c>/</c> (the Connector puts it in paths).</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The conversation, marked as used; null when unknown or evicted.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        conversation.Touch();
        return conversation;
    }

    /// <summary>The bytes the conversations' logged activities take together (what the budget accounts for them).</summary>
    public long ActivityBytes => _conversations.Values.Sum(c => c.Bytes);

    /// <summary>Whether a conversation with this id is held (without marking it as used).</summary>
    public bool Contains(string conversationId) => _conversations.ContainsKey(conversationId);

    /// <summary>The conversations of a customer (their user id on this channel).</summary>
    public IReadOnlyList<DirectLineConversation> OfUser(string userId) =>
        _conversations.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).ToList();

    /// <summary>The conversation with this id, created when it does not exist and there is room; null when the store is full of live conversations.</summary>
    public (DirectLineConversation? Conversation, bool Created) GetOrCreate(string conversationId, string userId, string? userName, string locale)
    {
        if (Find(conversationId) is { } existing)
        {
            return (existing, false);
        }

        lock (_createGate)
        {
            if (Find(conversationId) is { } raced)
            {
                return (raced, false);
            }

            var settings = _options.Value;
            EvictIdle();
            while (_conversations.Count >= settings.MaxConversations || !Budget.TryReserve(ReservedBytes(settings)))
            {
                if (!EvictOneUnwatched(settings))
                {
                    _logger.LogWarning(
                        "Refused a new Direct Line conversation: {Count} conversations holding {Bytes} bytes are all in use (limits {MaxConversations}, {MaxTotalBytes} bytes).",
                        _conversations.Count, Budget.UsedBytes, settings.MaxConversations, settings.MaxTotalBytes);
                    return (null, false);
                }
            }

            var conversation = new DirectLineConversation(
                conversationId, userId, userName, locale, settings.MaxActivitiesPerConversation, _time, settings.MaxConversationBytes, Budget, AllowanceBytes(settings));
            _conversations[conversationId] = conversation;
            return (conversation, true);
        }
    }

    /// <summary>Evicts every conversation idle longer than <see cref="WebChatOptions.ConversationIdleTimeout"/>.</summary>
    public int EvictIdle()
    {
        var cutoff = _time.GetUtcNow() - _options.Value.ConversationIdleTimeout;
        var evicted = 0;
        foreach (var conversation in _conversations.Values.Where(c => c.LastTouched < cutoff).ToList())
        {
            if (Remove(conversation.Id))
            {
                evicted++;
            }
        }

        return evicted;
    }

    private bool EvictOneUnwatched(WebChatOptions settings)
    {
        var cutoff = _time.GetUtcNow() - settings.MinIdleBeforeEviction;
        var oldest = _conversations.Values
            .Where(c => c.LastTouched <= cutoff && !c.HasSubscribers)
            .MinBy(c => c.LastTouched);
        if (oldest is null || !Remove(oldest.Id))
        {
            return false;
        }

        _logger.LogInformation("Evicted the longest unused Direct Line conversation to make room for a new one.");
        return true;
    }

    /// <summary>Ends a conversation the customer's client closed (<c>endOfConversation</c>): its sockets close and it is gone.</summary>
    public bool End(string conversationId) => Remove(conversationId);

    private bool Remove(string conversationId)
    {
        if (!_conversations.TryRemove(conversationId, out var conversation))
        {
            return false;
        }

        conversation.Close();
        conversation.Release();
        Budget.Add(-ReservedBytes(_options.Value));
        return true;
    }

    /// <summary>What every conversation takes from the budget when it is created: its overhead and room for its newest activity.</summary>
    public static long ReservedBytes(WebChatOptions settings) => DirectLineConversation.OverheadBytes + AllowanceBytes(settings);

    /// <summary>Room for one activity as held in memory: a body of <see cref="WebChatOptions.MaxActivityBytes"/> UTF-8 bytes is at
    /// most as many UTF-16 characters, plus the fields the channel adds.</summary>
    private static long AllowanceBytes(WebChatOptions settings) => (2L * settings.MaxActivityBytes) + 2048;
}
