namespace PartnerBot.WebChat;

/// <summary>Checks a request's <c>Authorization: Bearer</c> local token: valid, unexpired, not revoked and for the conversation in the route.</summary>
public static class DirectLineAuthorization
{
    /// <summary>The token, or the refusal as Direct Line 3.0 words it: 401 without a token, 403 <c>BadArgument</c> for one that is not valid,
    /// 403 <c>TokenExpired</c> only for a valid token that expired or was revoked (DirectLineJS reads any 403 as "expired token").</summary>
    /// <param name="request">The request with the token.</param>
    /// <param name="tokens">The token service.</param>
    /// <param name="conversationId">The conversation in the route, if any.</param>
    /// <param name="readOnly">True for reading the conversation, which a revoked token may still do for a short grace.</param>
    public static (DirectLineToken? Token, IResult? Failure) Authorize(HttpRequest request, DirectLineTokenService tokens, string? conversationId, bool readOnly = false)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineJson.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required (Authorization: Bearer <token>)."));
        }

        var (token, expired) = tokens.Inspect(header["Bearer ".Length..].Trim(), DirectLineTokenScope.Api);
        if (token is null && !expired)
        {
            return (null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid."));
        }

        if (token is null || tokens.IsRevoked(token.ConversationId, readGrace: readOnly))
        {
            return (null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."));
        }

        if (conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineJson.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation."));
        }

        return (token, null);
    }

    /// <summary>The request's expired but renewable API token (<see cref="DirectLineTokenService.Renewable"/>), unless it was revoked.</summary>
    public static DirectLineToken? Renewable(HttpRequest request, DirectLineTokenService tokens)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && tokens.Renewable(header["Bearer ".Length..].Trim()) is { } token
            && !tokens.IsRevoked(token.ConversationId)
                ? token
                : null;
    }
}
