using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>The local channel's conversations, in memory and bounded: idle ones are evicted, and past the limit the least recently used one goes.</summary>
public sealed class DirectLineConversationStore(IOptions<WebChatOptions> options, TimeProvider time, ILogger<DirectLineConversationStore> logger)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly object _createGate = new();

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

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

    /// <summary>The conversation with this id, created (making room if needed) when it does not exist.</summary>
    public (DirectLineConversation Conversation, bool Created) GetOrCreate(string conversationId, string userId, string? userName, string locale)
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

            var settings = options.Value;
            EvictIdle();
            while (_conversations.Count >= settings.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastTouched);
                if (oldest is null || !Remove(oldest.Id))
                {
                    break;
                }

                logger.LogInformation("Evicted the least recently used Direct Line conversation: the limit of {MaxConversations} was reached.", settings.MaxConversations);
            }

            var conversation = new DirectLineConversation(conversationId, userId, userName, locale, settings.MaxActivitiesPerConversation, time);
            _conversations[conversationId] = conversation;
            return (conversation, true);
        }
    }

    /// <summary>Evicts every conversation idle longer than <see cref="WebChatOptions.ConversationIdleTimeout"/>.</summary>
    public int EvictIdle()
    {
        var cutoff = time.GetUtcNow() - options.Value.ConversationIdleTimeout;
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

    private bool Remove(string conversationId)
    {
        if (!_conversations.TryRemove(conversationId, out var conversation))
        {
            return false;
        }

        conversation.Close();
        return true;
    }
}
