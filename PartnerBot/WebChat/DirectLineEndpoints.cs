using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The local Direct Line 3.0 REST routes under <c>/v3/directline</c>, answering the way DirectLineJS expects.</summary>
public static class DirectLineEndpoints
{
    /// <summary>Where the channel lives (Web Chat's <c>domain</c> without the origin).</summary>
    public const string Prefix = "/v3/directline";

    private const int SmallBodyBytes = 4 * 1024;

    /// <summary>Maps the token, conversation, activity and upload routes and the WebSocket stream.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).RequireCors(WebChatCors.PolicyName).RequireRateLimiting(WebChatRateLimits.Policy);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ResumeAsync);
        group.MapGet("/conversations/{conversationId}/activities", PollAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.HandleAsync);
        group.MapGet("/conversations/{conversationId}/attachments/{attachmentId}", DirectLineAttachmentFile.HandleAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return endpoints;
    }

    /// <summary>A token for a new conversation and a new user; the user id is never the client's choice.</summary>
    public static JObject IssueNewConversation(DirectLineTokenService tokens, string? userName)
    {
        var conversationId = DirectLineConversationStore.NewConversationId();
        var userId = WebsiteChannel.UserIdPrefix + DirectLineConversationStore.NewConversationId()[..24];
        return TokenAnswer(conversationId, tokens.Issue(conversationId, userId, userName), tokens.LifetimeSeconds, userId);
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokenService tokens)
    {
        var body = await DirectLineJson.ReadBodyAsync(request, SmallBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return TooLargeSmallBody();
        }

        string? name = null;
        if (body.Length > 0 && TryParseObject(body) is { } json)
        {
            name = (json["user"] as JObject)?["name"]?.Type == JTokenType.String ? (string?)json["user"]!["name"] : null;
        }

        return DirectLineJson.Json(IssueNewConversation(tokens, name is { Length: > 0 and <= 100 } ? name : null));
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, _, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId: null);
        if (token is null && await DirectLineAuthorization.RenewableAsync(request, tokens, store) is { } expired)
        {
            // A laptop that slept past the token's lifetime: the same conversation goes on, within the chain's bound.
            token = expired;
        }

        if (token is null)
        {
            return failure!;
        }

        return DirectLineJson.Json(TokenAnswer(token.ConversationId, tokens.Refresh(token), tokens.ExpiresInSeconds(token), userId: null));
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot, TimeProvider time)
    {
        var (token, _, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId: null);
        if (token is null)
        {
            return failure!;
        }

        var body = await DirectLineJson.ReadBodyAsync(request, SmallBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return TooLargeSmallBody();
        }

        var locale = body.Length > 0 && TryParseObject(body)?["locale"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
        var (conversation, created) = await store.GetOrCreateAsync(
            token.ConversationId, token.UserId, token.UserName, Locales.Normalize(locale, request), request.HttpContext.RequestAborted);
        if (conversation is null)
        {
            // Full of conversations in use: refusing a new one is better than ending a customer's chat to make room.
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return DirectLineJson.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The chat is busy; please try again in a minute.");
        }

        if (created)
        {
            // The greeting is usually in the log before the answer leaves; a slow bot finishes in the background and the stream replays it.
            var turn = bot.RunTurnAsync(conversation, bot.ConversationStarted(conversation));
            try
            {
                await turn.WaitAsync(TimeSpan.FromSeconds(10), time, request.HttpContext.RequestAborted);
            }
            catch (TimeoutException)
            {
            }
        }

        var watermark = (await store.FindAsync(conversation.Id, request.HttpContext.RequestAborted))?.Watermark ?? 0;
        return DirectLineJson.Json(ConversationAnswer(request, tokens, token, watermark: null, watermark), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ResumeAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, conversation, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId);
        if (token is null)
        {
            return failure!;
        }

        return conversation is null
            ? NotFound()
            : DirectLineJson.Json(ConversationAnswer(request, tokens, token, watermark, conversation.Watermark));
    }

    private static async Task<IResult> PollAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, conversation, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId, readOnly: true);
        if (token is null)
        {
            return failure!;
        }

        // Never 400 for a live conversation: DirectLineJS stops polling for good on any error but 403/404.
        return conversation is not null && await store.ReadAsync(conversationId, ParseWatermark(watermark), request.HttpContext.RequestAborted) is { } page
            ? Results.Content(page.Frame(), "application/json; charset=utf-8")
            : NotFound();
    }

    private static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineBot bot,
        IOptions<WebChatOptions> options,
        IOptions<BotOptions> botOptions)
    {
        var (token, conversation, failure) = await DirectLineAuthorization.AuthorizeAsync(request, tokens, store, conversationId);
        if (token is null)
        {
            return failure!;
        }

        if (conversation is null)
        {
            return NotFound();
        }

        var body = await DirectLineJson.ReadBodyAsync(request, options.Value.MaxActivityBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return DirectLineJson.TooLarge($"The activity is too large: at most {options.Value.MaxActivityBytes} bytes are accepted. It was not sent.");
        }

        var activity = DirectLineJson.ParseActivity(body);
        if (activity is null)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity in JSON.");
        }

        var result = await AcceptAsync(activity, conversation, store, bot, botOptions.Value.MaxMessageLength);
        if (activity.Type == ActivityTypes.EndOfConversation)
        {
            // The customer's client ends the conversation (the bot heard it first): afterwards it is gone (404) and its tokens open nothing.
            await store.Log.RevokeAsync(conversationId, CancellationToken.None);
            await store.EndAsync(conversationId, CancellationToken.None);
        }

        return result;
    }

    /// <summary>Checks a customer's activity, logs the echo (with <c>id</c> and <c>clientActivityID</c>) and runs the bot's turn.</summary>
    /// <remarks>Any activity type is taken, as Direct Line takes it: typing goes to the open sockets only, a <c>conversationUpdate</c>
    /// reaches the bot without entering the history, everything else (message, event, invoke, messageReaction, endOfConversation, …)
    /// is echoed and handed to the bot.</remarks>
    internal static async Task<IResult> AcceptAsync(
        Activity activity, DirectLineConversationInfo conversation, DirectLineConversationStore store, DirectLineBot bot, int maxMessageLength)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }

        // The same limit as the page's input and the bot's (Bot:MaxMessageLength): a longer text was not typed into the page.
        if (activity.Text is { } text && text.Length > maxMessageLength)
        {
            return DirectLineJson.TooLarge($"The message is {text.Length} characters long; at most {maxMessageLength} are accepted. It was not sent.");
        }

        activity = bot.FromCustomer(activity, conversation);
        if (activity.Type == ActivityTypes.Typing)
        {
            await store.BroadcastAsync(conversation.Id, activity, CancellationToken.None);
            await bot.CustomerTypingAsync(conversation);
            return DirectLineJson.Json(new JObject { ["id"] = $"{conversation.Id}|typing" });
        }

        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            activity.Id = $"{conversation.Id}|update-{Guid.NewGuid():N}";
            await bot.RunTurnAsync(conversation, activity);
            return DirectLineJson.Json(new JObject { ["id"] = activity.Id });
        }

        // Web Chat's ids are short; a long one is not remembered (the dedupe memory stays small).
        var clientActivityId = (activity.ChannelData as JObject)?["clientActivityID"]?.ToString() is { Length: > 0 and <= 128 } given ? given : null;
        // Not the request's token: an append the customer gave up on still belongs in the history the bot answers.
        if (await store.AppendAsync(conversation.Id, activity, clientActivityId, CancellationToken.None) is not { } appended)
        {
            return NotFound();
        }

        if (appended.Added)
        {
            await bot.RunTurnAsync(conversation, activity);
        }

        return DirectLineJson.Json(new JObject { ["id"] = appended.Id });
    }

    /// <summary>Watermarks are ours (decimal counts); anything else reads as "from the start".</summary>
    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static IResult TooLargeSmallBody() =>
        DirectLineJson.TooLarge($"The request body is too large: at most {SmallBodyBytes / 1024} KB are accepted here.");

    internal static IResult NotFound() =>
        DirectLineJson.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist or has ended.");

    private static JObject ConversationAnswer(HttpRequest request, DirectLineTokenService tokens, DirectLineToken token, string? watermark, long current)
    {
        var answer = TokenAnswer(token.ConversationId, tokens.Refresh(token), tokens.ExpiresInSeconds(token), userId: null);
        answer["streamUrl"] = ChannelUrls.StreamUrl(request, token.ConversationId, tokens.IssueStream(token), watermark);
        // The rest of Direct Line's Conversation object: the grammar id the channel reports for its bot, and a version tag.
        answer["referenceGrammarId"] = WebsiteChannel.ReferenceGrammarId;
        answer["eTag"] = "\"" + current.ToString(CultureInfo.InvariantCulture) + "\"";
        return answer;
    }

    private static JObject TokenAnswer(string conversationId, string token, int expiresIn, string? userId)
    {
        var answer = new JObject { ["conversationId"] = conversationId, ["token"] = token, ["expires_in"] = expiresIn };
        if (userId is not null)
        {
            answer["userId"] = userId;
        }

        return answer;
    }

    private static JObject? TryParseObject(byte[] body)
    {
        try
        {
            return JToken.Parse(System.Text.Encoding.UTF8.GetString(body)) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
