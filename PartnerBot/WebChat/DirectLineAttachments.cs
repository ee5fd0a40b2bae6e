using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PartnerBot.WebChat;

/// <summary>The files customers uploaded, held in this instance's memory per conversation so the echoed message's <c>contentUrl</c>
/// can show them; bounded by <see cref="WebChatOptions.MaxAttachmentBytes"/> (the oldest go first) and dropped with the conversation.</summary>
/// <remarks>Memory, not the store: the bot reads text only, so a file is only there for the customer to see what they sent, and
/// nothing of it outlives the conversation or a restart.</remarks>
public sealed class DirectLineAttachments(long maxBytes)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DirectLineAttachment>> _byConversation = new(StringComparer.Ordinal);
    private readonly Queue<(string Conversation, string Id, int Length)> _order = new();
    private readonly Lock _gate = new();
    private long _bytes;

    /// <summary>Bytes held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Keeps a file of a conversation; its id is random, so it is no key without the conversation's token. Null when the file
    /// alone is larger than the whole budget.</summary>
    public string? Add(string conversationId, byte[] content, string contentType, string? name)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > maxBytes)
        {
            return null;
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            // Files of conversations already gone are dropped from the order too, so it never outgrows what is held.
            while (_order.TryPeek(out var head) && (_bytes + content.Length > maxBytes || Find(head.Conversation, head.Id) is null) && _order.TryDequeue(out var oldest))
            {
                if (_byConversation.TryGetValue(oldest.Conversation, out var files) && files.TryRemove(oldest.Id, out _))
                {
                    _bytes -= oldest.Length;
                }
            }

            _byConversation.GetOrAdd(conversationId, _ => new(StringComparer.Ordinal))[id] = new DirectLineAttachment(content, contentType, name);
            _order.Enqueue((conversationId, id, content.Length));
            _bytes += content.Length;
        }

        return id;
    }

    /// <summary>A conversation's file, if it is still held.</summary>
    public DirectLineAttachment? Find(string conversationId, string id) =>
        _byConversation.TryGetValue(conversationId, out var files) && files.TryGetValue(id, out var file) ? file : null;

    /// <summary>Drops every file of a conversation (erased, ended or evicted).</summary>
    public void Remove(string conversationId)
    {
        lock (_gate)
        {
            if (_byConversation.TryRemove(conversationId, out var files))
            {
                _bytes -= files.Values.Sum(f => (long)f.Content.Length);
            }
        }
    }
}
