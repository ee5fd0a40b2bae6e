namespace PartnerBot.WebChat;

/// <summary>A conversation as the log holds it (null when unknown or evicted), and when its tokens were revoked (null when not).</summary>
public sealed record DirectLineLookup(DirectLineConversationInfo? Conversation, DateTimeOffset? RevokedAt);
