using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The Bot Connector API the bot calls at its <c>serviceUrl</c> (<c>/v3/conversations/…</c>): its replies and proactive messages reach the local conversations.</summary>
/// <remarks>Without an Azure registration the bot sends no credentials; conversation ids are random and unguessable.</remarks>
public static class ConnectorEndpoints
{
    /// <summary>Maps send, reply, update, delete, members and create conversation.</summary>
    public static IEndpointRouteBuilder MapConnector(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/conversations");
        group.MapPost("/", CreateConversationAsync);
        group.MapPost("/{conversationId}/activities", (string conversationId, HttpRequest request, DirectLineConversationStore store, DirectLineBot bot) =>
            SendAsync(conversationId, replyToId: null, request, store, bot));
        group.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, DirectLineConversationStore store, DirectLineBot bot) =>
            SendAsync(conversationId, activityId, request, store, bot));
        group.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        group.MapDelete("/{conversationId}/activities/{activityId}", Delete);
        group.MapGet("/{conversationId}/members", Members);
        group.MapGet("/{conversationId}/activities/{activityId}/members", Members);
        return endpoints;
    }

    private static async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpRequest request, DirectLineConversationStore store, DirectLineBot bot)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineEndpoints.NotFound();
        }

        var (activity, failure) = await ReadAsync(request);
        if (activity is null)
        {
            return failure!;
        }

        return Id(Deliver(conversation, bot, activity, replyToId));
    }

    /// <summary>Puts one of the bot's activities into <paramref name="conversation"/> (typing only to the open sockets) and returns its id.</summary>
    /// <remarks>The one delivery of the bot's messages: the Connector routes use it, and the turns of the local channel call it directly.</remarks>
    internal static string Deliver(DirectLineConversation conversation, DirectLineBot bot, Activity activity, string? replyToId)
    {
        Address(activity, conversation, bot, replyToId);
        if (activity.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(activity);
            return $"{conversation.Id}|typing";
        }

        return conversation.Append(activity).Id;
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, DirectLineConversationStore store, DirectLineBot bot)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineEndpoints.NotFound();
        }

        var (activity, failure) = await ReadAsync(request);
        if (activity is null)
        {
            return failure!;
        }

        Address(activity, conversation, bot, activity.ReplyToId);
        return conversation.Replace(activityId, activity)
            ? Id(activityId)
            : DirectLineJson.Error(StatusCodes.Status404NotFound, "NotFound", "No such activity in this conversation.");
    }

    private static IResult Delete(string conversationId, string activityId, DirectLineConversationStore store)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineEndpoints.NotFound();
        }

        // Deleting twice is not an error for the bot: the activity is gone either way.
        conversation.Delete(activityId);
        return Id(activityId);
    }

    private static IResult Members(string conversationId, DirectLineConversationStore store, DirectLineBot bot) =>
        store.Find(conversationId) is { } conversation
            ? DirectLineJson.Json(new[] { new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User), bot.BotAccount })
            : DirectLineEndpoints.NotFound();

    private static async Task<IResult> CreateConversationAsync(HttpRequest request, DirectLineConversationStore store, DirectLineBot bot)
    {
        var body = await DirectLineJson.ReadBodyAsync(request, MessagesEndpoint.MaxBodyBytes, request.HttpContext.RequestAborted);
        var parameters = body is null ? null : Parse<ConversationParameters>(body);
        var member = parameters?.Members?.FirstOrDefault(m => !string.IsNullOrEmpty(m.Id));
        if (parameters is null || member is null)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be conversation parameters with a member.");
        }

        var (conversation, _) = store.GetOrCreate(DirectLineConversationStore.NewConversationId(), member.Id, member.Name, Locales.Normalize(null, request));
        string? activityId = null;
        if (parameters.Activity is { } first)
        {
            Address(first, conversation, bot, replyToId: null);
            (activityId, _) = conversation.Append(first);
        }

        var answer = new JObject { ["id"] = conversation.Id, ["serviceUrl"] = ChannelUrls.ServiceUrl(request) };
        if (activityId is not null)
        {
            answer["activityId"] = activityId;
        }

        return DirectLineJson.Json(answer, StatusCodes.Status201Created);
    }

    private static async Task<(Activity? Activity, IResult? Failure)> ReadAsync(HttpRequest request)
    {
        var body = await DirectLineJson.ReadBodyAsync(request, MessagesEndpoint.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, DirectLineJson.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large."));
        }

        var activity = DirectLineJson.ParseActivity(body);
        return activity is null || string.IsNullOrEmpty(activity.Type)
            ? (null, DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity in JSON with a type."))
            : (activity, null);
    }

    private static void Address(Activity activity, DirectLineConversation conversation, DirectLineBot bot, string? replyToId)
    {
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = DirectLineBot.ChannelId;
        activity.From ??= bot.BotAccount;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Recipient ??= new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User);
        activity.ReplyToId = replyToId ?? activity.ReplyToId;
    }

    private static IResult Id(string id) => DirectLineJson.Json(new JObject { ["id"] = id });

    private static T? Parse<T>(byte[] body) where T : class
    {
        try
        {
            return Newtonsoft.Json.JsonConvert.DeserializeObject<T>(System.Text.Encoding.UTF8.GetString(body));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
