namespace PartnerBot.WebChat;

/// <summary><c>GET /conversations/{id}/attachments/{attachmentId}</c>: an uploaded file, for the conversation's own tokens only
/// (the <c>?t=</c> attachment token of its <c>contentUrl</c>, or the API token as <c>Authorization: Bearer</c>).</summary>
public static class DirectLineAttachmentFile
{
    /// <summary>Types shown inline; anything else is offered as a download, so an uploaded page or script never runs on this origin.</summary>
    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <summary>Answers one file: 403 for another conversation's or an invalid token, 404 when the file is not (or no longer) held.</summary>
    public static async Task<IResult> HandleAsync(
        string conversationId, string attachmentId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(store);
        if (request.Query["t"].ToString() is { Length: > 0 } query)
        {
            var token = tokens.Validate(query, DirectLineTokenScope.Attachment);
            if (token is null || !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            {
                return DirectLineJson.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this attachment.");
            }

            var lookup = await store.LookupAsync(conversationId, request.HttpContext.RequestAborted);
            if (lookup.Conversation is null || tokens.IsRevoked(lookup.RevokedAt))
            {
                return DirectLineEndpoints.NotFound();
            }
        }
        else
        {
            var (token, _, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId, readOnly: true);
            if (token is null)
            {
                return failure!;
            }
        }

        if (store.Attachments.Find(conversationId, attachmentId) is not { } file)
        {
            return DirectLineEndpoints.NotFound();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        var inline = InlineTypes.Contains(file.ContentType);
        return Results.File(file.Content, inline ? file.ContentType : "application/octet-stream", inline ? null : file.Name ?? "attachment");
    }
}
