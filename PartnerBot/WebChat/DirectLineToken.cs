namespace PartnerBot.WebChat;

/// <summary>What a local Direct Line token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token opens.</param>
/// <param name="UserId">The customer's id; activities posted with the token carry it as <c>from.id</c>.</param>
/// <param name="UserName">The display name given when the token was generated, if any.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
/// <param name="Scope">What the token may do: the REST API or only opening the WebSocket stream.</param>
/// <param name="StartedAt">When the conversation's first token was issued; refreshing never carries a token past
/// <see cref="WebChatOptions.TokenMaxLifetime"/> from then.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt, DirectLineTokenScope Scope, DateTimeOffset StartedAt);
