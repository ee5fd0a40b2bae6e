using Microsoft.Bot.Schema;

namespace PartnerBot.WebChat;

/// <summary>Where the local Direct Line keeps its conversations, their watermarked activities and revocations: in memory, or in the
/// store (SQLite, PostgreSQL) so chats survive a restart and every instance serves every conversation.</summary>
/// <remarks>
/// Bounded as the options say: per conversation (<see cref="WebChatOptions.MaxActivitiesPerConversation"/>,
/// <see cref="WebChatOptions.MaxConversationBytes"/>; the oldest entries go, the newest always stays) and in total
/// (<see cref="WebChatOptions.MaxConversations"/>, <see cref="WebChatOptions.MaxTotalBytes"/>: a new conversation makes room only
/// from conversations nobody uses, else it is refused). Appends wake the streams of other instances (PostgreSQL: <c>NOTIFY</c>).
/// </remarks>
public interface IDirectLineLog
{
    /// <summary>Creates the conversation unless it exists; when full, evicts the longest unused conversation that
    /// <paramref name="watchedHere"/> does not name and is untouched for <see cref="WebChatOptions.MinIdleBeforeEviction"/>.</summary>
    Task<(DirectLineCreation Outcome, DirectLineConversationInfo? Conversation)> CreateAsync(
        DirectLineConversationInfo conversation, Func<string, bool> watchedHere, CancellationToken cancellationToken);

    /// <summary>The conversation (null when unknown) and its revocation, read together.</summary>
    Task<DirectLineLookup> LookupAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation as used now.</summary>
    Task TouchAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stamps the activity with the next id and a server timestamp and logs it; trims the oldest entries past the bounds.</summary>
    /// <returns>The id, and false when an activity with the same <c>clientActivityID</c> was logged before (nothing added); null when the conversation is gone.</returns>
    Task<(string Id, bool Added)?> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken);

    /// <summary>Logs a new version of an activity under its id and original timestamp (Connector update); false when there is none.</summary>
    Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Removes an activity from future replays (Connector delete); false when there was none.</summary>
    Task<bool> DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>; null when the conversation is gone.</summary>
    Task<DirectLinePage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Sends an activity that is not logged (typing) to the streams of the other instances.</summary>
    Task BroadcastAsync(string conversationId, string json, CancellationToken cancellationToken);

    /// <summary>Deletes every activity logged so far and the customer's name (their data was erased); the watermark keeps counting.</summary>
    Task EraseAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Removes the conversation with everything it holds (it ended); false when it was not there.</summary>
    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Revokes every token of the conversation, also after a restart and on every instance.</summary>
    Task RevokeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The ids of a customer's conversations (their user id on this channel).</summary>
    Task<IReadOnlyList<string>> OfUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Removes every conversation untouched since <paramref name="before"/>, and revocations older than any token they could refuse; returns the ids removed.</summary>
    Task<IReadOnlyList<string>> EvictIdleAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
