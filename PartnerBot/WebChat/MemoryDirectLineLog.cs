using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>The local channel's conversations in this process's memory, bounded in number and in bytes (the Memory provider:
/// tests and demos; a restart ends every chat).</summary>
/// <remarks>
/// When the log is full, room is made only from conversations nobody is looking at (no open stream, untouched for
/// <see cref="WebChatOptions.MinIdleBeforeEviction"/>), oldest first; if there are none, the new conversation is refused and the
/// caller answers 503. A flood of new conversations therefore never evicts a customer who is chatting.
/// </remarks>
public sealed class MemoryDirectLineLog : IDirectLineLog
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private readonly object _createGate = new();
    private readonly IOptions<WebChatOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<MemoryDirectLineLog> _logger;

    public MemoryDirectLineLog(IOptions<WebChatOptions> options, TimeProvider time, ILogger<MemoryDirectLineLog> logger)
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

    /// <summary>The bytes the conversations' logged activities take together (what the budget accounts for them).</summary>
    public long ActivityBytes => _conversations.Values.Sum(c => c.Bytes);

    /// <inheritdoc/>
    public Task<(DirectLineCreation Outcome, DirectLineConversationInfo? Conversation)> CreateAsync(
        DirectLineConversationInfo conversation, Func<string, bool> watchedHere, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(watchedHere);
        lock (_createGate)
        {
            if (_conversations.TryGetValue(conversation.Id, out var existing))
            {
                return Task.FromResult<(DirectLineCreation, DirectLineConversationInfo?)>((DirectLineCreation.Existed, existing.Info));
            }

            var settings = _options.Value;
            EvictIdle(_time.GetUtcNow() - settings.ConversationIdleTimeout);
            while (_conversations.Count >= settings.MaxConversations || !Budget.TryReserve(DirectLineLogLimits.ReservedBytes(settings)))
            {
                if (!EvictOneUnwatched(settings, watchedHere))
                {
                    _logger.LogWarning(
                        "Refused a new Direct Line conversation: {Count} conversations holding {Bytes} bytes are all in use (limits {MaxConversations}, {MaxTotalBytes} bytes).",
                        _conversations.Count, Budget.UsedBytes, settings.MaxConversations, settings.MaxTotalBytes);
                    return Task.FromResult<(DirectLineCreation, DirectLineConversationInfo?)>((DirectLineCreation.Full, null));
                }
            }

            var created = new DirectLineConversation(
                conversation.Id, conversation.UserId, conversation.UserName, conversation.Locale, settings.MaxActivitiesPerConversation, _time,
                settings.MaxConversationBytes, Budget, DirectLineLogLimits.AllowanceBytes(settings));
            _conversations[conversation.Id] = created;
            return Task.FromResult<(DirectLineCreation, DirectLineConversationInfo?)>((DirectLineCreation.Created, created.Info));
        }
    }

    /// <inheritdoc/>
    public Task<DirectLineLookup> LookupAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(new DirectLineLookup(
            _conversations.TryGetValue(conversationId, out var conversation) ? conversation.Info : null,
            _revoked.TryGetValue(conversationId, out var at) ? at : null));

    /// <summary>The conversation itself, for looking at its memory (tests).</summary>
    public DirectLineConversation? Find(string conversationId) => _conversations.GetValueOrDefault(conversationId);

    /// <inheritdoc/>
    public Task TouchAsync(string conversationId, CancellationToken cancellationToken)
    {
        Find(conversationId)?.Touch();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<(string Id, bool Added)?> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        if (Find(conversationId) is not { } conversation)
        {
            return Task.FromResult<(string, bool)?>(null);
        }

        conversation.Touch();
        return Task.FromResult<(string, bool)?>(conversation.Append(activity, clientActivityId));
    }

    /// <inheritdoc/>
    public Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.Replace(activityId, activity) == true);

    /// <inheritdoc/>
    public Task<bool> DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.Delete(activityId) == true);

    /// <inheritdoc/>
    public Task<DirectLinePage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.Read(watermark));

    /// <inheritdoc/>
    public Task BroadcastAsync(string conversationId, string json, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        Find(conversationId)?.Erase();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult(Remove(conversationId));

    /// <inheritdoc/>
    public Task RevokeAsync(string conversationId, CancellationToken cancellationToken)
    {
        _revoked[conversationId] = _time.GetUtcNow();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> OfUserAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _conversations.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).Select(c => c.Id)]);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> EvictIdleAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // A revocation outlives every token it could refuse by at most the chain's bound.
        var expired = _time.GetUtcNow() - _options.Value.TokenMaxLifetime;
        foreach (var (id, at) in _revoked)
        {
            if (at < expired)
            {
                _revoked.TryRemove(id, out _);
            }
        }

        return Task.FromResult(EvictIdle(before));
    }

    private IReadOnlyList<string> EvictIdle(DateTimeOffset before) =>
        [.. _conversations.Values.Where(c => c.LastTouched < before).Select(c => c.Id).ToList().Where(Remove)];

    private bool EvictOneUnwatched(WebChatOptions settings, Func<string, bool> watchedHere)
    {
        var cutoff = _time.GetUtcNow() - settings.MinIdleBeforeEviction;
        var oldest = _conversations.Values
            .Where(c => c.LastTouched <= cutoff && !watchedHere(c.Id))
            .MinBy(c => c.LastTouched);
        if (oldest is null || !Remove(oldest.Id))
        {
            return false;
        }

        _logger.LogInformation("Evicted the longest unused Direct Line conversation to make room for a new one.");
        return true;
    }

    private bool Remove(string conversationId)
    {
        if (!_conversations.TryRemove(conversationId, out var conversation))
        {
            return false;
        }

        conversation.Release();
        Budget.Add(-DirectLineLogLimits.ReservedBytes(_options.Value));
        return true;
    }
}
