using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary><c>POST /conversations/{id}/upload</c>: a message with files, as Web Chat sends it (multipart: part <c>activity</c> plus file parts),
/// or a body that is a single file.</summary>
/// <remarks>The bot reads text only, so the files' names and types reach it as attachments; their bytes are kept in memory for the
/// conversation (<see cref="DirectLineAttachments"/>) so the echo's <c>contentUrl</c> shows them to the customer, and to nobody else.</remarks>
public static class DirectLineUpload
{
    /// <summary>Handles one upload.</summary>
    public static async Task<IResult> HandleAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot, IOptions<WebChatOptions> options, IOptions<BotOptions> botOptions)
    {
        var (token, conversation, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId);
        if (token is null)
        {
            return failure!;
        }

        if (conversation is null)
        {
            return DirectLineEndpoints.NotFound();
        }

        var settings = options.Value;
        if (request.ContentLength > settings.MaxUploadBytes)
        {
            return TooLarge(settings);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = settings.MaxUploadBytes;
        }

        if (!request.HasFormContentType)
        {
            return await SingleFileAsync(request, token, tokens, conversation, store, bot, settings, botOptions.Value.MaxMessageLength);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            return TooLarge(settings);
        }

        var activity = await ReadActivityAsync(form, settings.MaxActivityBytes, request.HttpContext.RequestAborted);
        if (activity is null)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The 'activity' part is missing or is not an activity in JSON.");
        }

        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = [];
        foreach (var file in form.Files.Where(file => file.Name != "activity"))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, request.HttpContext.RequestAborted);
            activity.Attachments.Add(Keep(request, token, tokens, store, content.ToArray(), file.ContentType, Path.GetFileName(file.FileName)));
        }

        return await DirectLineEndpoints.AcceptAsync(activity, conversation, store, bot, botOptions.Value.MaxMessageLength);
    }

    /// <summary>A body that is one file (Direct Line's other upload form): a message from the customer with that file as its attachment.</summary>
    private static async Task<IResult> SingleFileAsync(
        HttpRequest request, DirectLineToken token, DirectLineTokenService tokens, DirectLineConversationInfo conversation, DirectLineConversationStore store,
        DirectLineBot bot, WebChatOptions settings, int maxMessageLength)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "MissingProperty", "A file upload needs a Content-Type.");
        }

        // The bytes are read to their end (the limit applies) and kept for the customer's own view of the message.
        using var content = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                if (content.Length + read > settings.MaxUploadBytes)
                {
                    return TooLarge(settings);
                }

                content.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            return TooLarge(settings);
        }

        var name = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? Path.GetFileName((disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString().Trim('"'))
            : null;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [Keep(request, token, tokens, store, content.ToArray(), request.ContentType, string.IsNullOrEmpty(name) ? null : name)],
        };
        return await DirectLineEndpoints.AcceptAsync(activity, conversation, store, bot, maxMessageLength);
    }

    private static async Task<Activity?> ReadActivityAsync(IFormCollection form, int maxBytes, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("activity") is { } part)
        {
            if (part.Length > maxBytes)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await part.CopyToAsync(buffer, cancellationToken);
            return DirectLineJson.ParseActivity(buffer.ToArray());
        }

        return form["activity"].ToString() is { Length: > 0 and var length } text && length <= maxBytes
            ? DirectLineJson.ParseActivity(System.Text.Encoding.UTF8.GetBytes(text))
            : null;
    }

    /// <summary>Keeps a file for the conversation and describes it with a <c>contentUrl</c> only the conversation's tokens open.</summary>
    private static Attachment Keep(
        HttpRequest request, DirectLineToken token, DirectLineTokenService tokens, DirectLineConversationStore store, byte[] content, string? contentType, string? name)
    {
        var type = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
        var attachment = new Attachment(contentType: type, name: name);
        if (store.Attachments.Add(token.ConversationId, content, type, name) is { } id)
        {
            attachment.ContentUrl = $"{ChannelUrls.DirectLineDomain(request)}/conversations/{Uri.EscapeDataString(token.ConversationId)}/attachments/{id}"
                + $"?t={Uri.EscapeDataString(tokens.IssueAttachment(token))}";
        }

        return attachment;
    }

    private static IResult TooLarge(WebChatOptions settings) =>
        DirectLineJson.TooLarge($"The upload is too large: uploads are limited to {settings.MaxUploadBytes / 1024} KB.");
}
