namespace PartnerBot.Privacy;

/// <summary>Who was just erased: the channel identities, their conversations and the profile ids that went with them.</summary>
/// <param name="Users">(channel id, user id) pairs whose data went.</param>
/// <param name="Conversations">(channel id, conversation id) pairs whose state and transcripts went.</param>
/// <param name="ProfileIds">The profiles that were removed.</param>
/// <param name="At">When the erasure happened.</param>
public sealed record ErasedCustomer(
    IReadOnlyCollection<(string ChannelId, string UserId)> Users,
    IReadOnlyCollection<(string ChannelId, string ConversationId)> Conversations,
    IReadOnlyCollection<string> ProfileIds,
    DateTimeOffset At);
