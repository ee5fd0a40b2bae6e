namespace PartnerBot.WebChat;

/// <summary>Checks a request's <c>Authorization: Bearer</c> local token: valid, unexpired, not revoked and for the conversation in the route.</summary>
public static class DirectLineAuthorization
{
    /// <summary>The token with its conversation as the log holds it (null when unknown or ended), or the refusal as Direct Line 3.0
    /// words it: 401 without a token, 403 <c>BadArgument</c> for one that is not valid, 403 <c>TokenExpired</c> only for a valid token
    /// that expired or was revoked (DirectLineJS reads any 403 as "expired token").</summary>
    /// <param name="request">The request with the token.</param>
    /// <param name="tokens">The token service.</param>
    /// <param name="store">The conversations, which keep the revocations.</param>
    /// <param name="conversationId">The conversation in the route, if any.</param>
    /// <param name="readOnly">True for reading the conversation, which a revoked token may still do for a short grace.</param>
    public static async Task<(DirectLineToken? Token, DirectLineConversationInfo? Conversation, IResult? Failure)> AuthorizeAsync(
        HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, string? conversationId, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(store);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, DirectLineJson.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required (Authorization: Bearer <token>)."));
        }

        var (token, expired) = tokens.Inspect(header["Bearer ".Length..].Trim(), DirectLineTokenScope.Api);
        if (token is null && !expired)
        {
            return (null, null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid."));
        }

        if (token is not null && conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation."));
        }

        var lookup = token is null ? null : await store.LookupAsync(token.ConversationId, request.HttpContext.RequestAborted);
        if (token is null || tokens.IsRevoked(lookup!.RevokedAt, readGrace: readOnly))
        {
            return (null, null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."));
        }

        return (token, lookup.Conversation, null);
    }

    /// <summary>The request's expired but renewable API token (<see cref="DirectLineTokenService.Renewable"/>) of a conversation that
    /// is still held, unless it was revoked.</summary>
    public static async Task<DirectLineToken?> RenewableAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(store);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || tokens.Renewable(header["Bearer ".Length..].Trim()) is not { } token)
        {
            return null;
        }

        var lookup = await store.LookupAsync(token.ConversationId, request.HttpContext.RequestAborted);
        return lookup.Conversation is not null && !tokens.IsRevoked(lookup.RevokedAt) ? token : null;
    }
}
