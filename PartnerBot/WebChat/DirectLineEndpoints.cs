using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

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
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Resume);
        group.MapGet("/conversations/{conversationId}/activities", Poll);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.HandleAsync);
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
            return DirectLineJson.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large.");
        }

        string? name = null;
        if (body.Length > 0 && TryParseObject(body) is { } json)
        {
            name = (json["user"] as JObject)?["name"]?.Type == JTokenType.String ? (string?)json["user"]!["name"] : null;
        }

        return DirectLineJson.Json(IssueNewConversation(tokens, name is { Length: > 0 and <= 100 } ? name : null));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, failure) = DirectLineAuthorization.Authorize(request, tokens, conversationId: null);
        if (token is null && DirectLineAuthorization.Renewable(request, tokens) is { } expired && store.Contains(expired.ConversationId))
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
        var (token, failure) = DirectLineAuthorization.Authorize(request, tokens, conversationId: null);
        if (token is null)
        {
            return failure!;
        }

        var body = await DirectLineJson.ReadBodyAsync(request, SmallBodyBytes, request.HttpContext.RequestAborted);
        var locale = body is { Length: > 0 } && TryParseObject(body)?["locale"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
        var (conversation, created) = store.GetOrCreate(token.ConversationId, token.UserId, token.UserName, Locales.Normalize(locale, request));
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

        return DirectLineJson.Json(ConversationAnswer(request, tokens, store, token, watermark: null), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Resume(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, failure) = DirectLineAuthorization.Authorize(request, tokens, conversationId);
        if (token is null)
        {
            return failure!;
        }

        return store.Find(conversationId) is null
            ? NotFound()
            : DirectLineJson.Json(ConversationAnswer(request, tokens, store, token, watermark));
    }

    private static IResult Poll(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (token, failure) = DirectLineAuthorization.Authorize(request, tokens, conversationId, readOnly: true);
        if (token is null)
        {
            return failure!;
        }

        // Never 400 for a live conversation: DirectLineJS stops polling for good on any error but 403/404.
        return store.Find(conversationId) is { } conversation
            ? Results.Content(conversation.ReadFrom(ParseWatermark(watermark)), "application/json; charset=utf-8")
            : NotFound();
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot, IOptions<WebChatOptions> options)
    {
        var (token, failure) = DirectLineAuthorization.Authorize(request, tokens, conversationId);
        if (token is null)
        {
            return failure!;
        }

        if (store.Find(conversationId) is not { } conversation)
        {
            return NotFound();
        }

        var body = await DirectLineJson.ReadBodyAsync(request, options.Value.MaxActivityBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return DirectLineJson.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {options.Value.MaxActivityBytes} bytes.");
        }

        var activity = DirectLineJson.ParseActivity(body);
        if (activity is null)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity in JSON.");
        }

        var result = await AcceptAsync(activity, conversation, bot, options.Value);
        if (activity.Type == ActivityTypes.EndOfConversation)
        {
            // The customer's client ends the conversation (the bot heard it first): afterwards it is gone (404) and its tokens open nothing.
            tokens.Revoke(conversationId);
            store.End(conversationId);
        }

        return result;
    }

    /// <summary>Checks a customer's activity, logs the echo (with <c>id</c> and <c>clientActivityID</c>) and runs the bot's turn.</summary>
    /// <remarks>Any activity type is taken, as Direct Line takes it: typing goes to the open sockets only, a <c>conversationUpdate</c>
    /// reaches the bot without entering the history, everything else (message, event, invoke, messageReaction, endOfConversation, …)
    /// is echoed and handed to the bot.</remarks>
    internal static async Task<IResult> AcceptAsync(Activity activity, DirectLineConversation conversation, DirectLineBot bot, WebChatOptions options)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }

        if (activity.Text is { } text && text.Length > options.MaxMessageLength)
        {
            return DirectLineJson.Error(
                StatusCodes.Status413PayloadTooLarge,
                "MessageSizeTooBig",
                $"The message is {text.Length} characters long; at most {options.MaxMessageLength} are accepted. It was not sent.");
        }

        activity = bot.FromCustomer(activity, conversation);
        if (activity.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(activity);
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
        var (id, added) = conversation.Append(activity, clientActivityId);
        if (added)
        {
            await bot.RunTurnAsync(conversation, activity);
        }

        return DirectLineJson.Json(new JObject { ["id"] = id });
    }

    /// <summary>Watermarks are ours (decimal counts); anything else reads as "from the start".</summary>
    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    internal static IResult NotFound() =>
        DirectLineJson.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist or has ended.");

    private static JObject ConversationAnswer(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineToken token, string? watermark)
    {
        var answer = TokenAnswer(token.ConversationId, tokens.Refresh(token), tokens.ExpiresInSeconds(token), userId: null);
        answer["streamUrl"] = ChannelUrls.StreamUrl(request, token.ConversationId, tokens.IssueStream(token), watermark);
        // The rest of Direct Line's Conversation object: the grammar id the channel reports for its bot, and a version tag.
        answer["referenceGrammarId"] = WebsiteChannel.ReferenceGrammarId;
        answer["eTag"] = "\"" + (store.Find(token.ConversationId)?.Watermark ?? 0).ToString(CultureInfo.InvariantCulture) + "\"";
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
