using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary><c>POST /conversations/{id}/upload</c>: a message with files, as Web Chat sends it (multipart: part <c>activity</c> plus file parts),
/// or a body that is a single file.</summary>
/// <remarks>The bot reads text only, so the files' names and types reach it as attachments; their bytes are not kept.</remarks>
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
            return await SingleFileAsync(request, conversation, store, bot, settings, botOptions.Value.MaxMessageLength);
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
        activity.Attachments = form.Files
            .Where(file => file.Name != "activity")
            .Select(file => new Attachment(contentType: file.ContentType ?? "application/octet-stream", name: Path.GetFileName(file.FileName)))
            .ToList();
        return await DirectLineEndpoints.AcceptAsync(activity, conversation, store, bot, botOptions.Value.MaxMessageLength);
    }

    /// <summary>A body that is one file (Direct Line's other upload form): a message from the customer with that file as its attachment.</summary>
    private static async Task<IResult> SingleFileAsync(
        HttpRequest request, DirectLineConversationInfo conversation, DirectLineConversationStore store, DirectLineBot bot, WebChatOptions settings, int maxMessageLength)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "MissingProperty", "A file upload needs a Content-Type.");
        }

        // The bytes are read to their end (the limit applies) and not kept: the bot reads text only.
        var length = 0L;
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                length += read;
                if (length > settings.MaxUploadBytes)
                {
                    return TooLarge(settings);
                }
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
            Attachments = [new Attachment(contentType: request.ContentType, name: string.IsNullOrEmpty(name) ? null : name)],
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

    private static IResult TooLarge(WebChatOptions settings) =>
        DirectLineJson.TooLarge($"The upload is too large: uploads are limited to {settings.MaxUploadBytes / 1024} KB.");
}
