using System.Net;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace PartnerBot.WebChat;

/// <summary>The Connector's conversation operations for the website channel, done on its conversations' log.</summary>
/// <remarks>An unknown (ended, evicted) conversation fails like the Connector's 404, so a proactive message that reaches
/// nobody is reported as not sent.</remarks>
public sealed class InProcessConversations(WebsiteChannel channel, DirectLineConversationStore store) : IConversations
{
    /// <inheritdoc/>
    public async Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(
        string conversationId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        await DeliverAsync(conversationId, activity, replyToId: null, cancellationToken);

    /// <inheritdoc/>
    public async Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        await DeliverAsync(conversationId, activity, activityId, cancellationToken);

    /// <inheritdoc/>
    public async Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = await ConversationAsync(conversationId, cancellationToken);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = WebsiteChannel.Id;
        activity.From ??= channel.BotAccount;
        return await store.ReplaceAsync(conversation.Id, activityId, activity, cancellationToken)
            ? await Answer(new ResourceResponse(activityId))
            : throw NotFound("No such activity in this conversation.");
    }

    /// <inheritdoc/>
    public async Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        // Deleting twice is not an error for the bot: the activity is gone either way.
        await store.DeleteActivityAsync((await ConversationAsync(conversationId, cancellationToken)).Id, activityId, cancellationToken);
        return new HttpOperationResponse { Response = new HttpResponseMessage(HttpStatusCode.OK) };
    }

    /// <inheritdoc/>
    public async Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(
        string conversationId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        await Answer(Members(await ConversationAsync(conversationId, cancellationToken)));

    /// <inheritdoc/>
    public async Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(
        string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        await Answer(Members(await ConversationAsync(conversationId, cancellationToken)));

    /// <inheritdoc/>
    public async Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(
        string conversationId, int? pageSize = null, string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        await Answer(new PagedMembersResult { Members = Members(await ConversationAsync(conversationId, cancellationToken)) });

    /// <inheritdoc/>
    public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(
        string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw Unsupported();

    /// <inheritdoc/>
    public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(
        ConversationParameters parameters, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw Unsupported();

    /// <inheritdoc/>
    public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(
        string conversationId, Transcript? transcript = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw Unsupported();

    /// <inheritdoc/>
    public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(
        string conversationId, string memberId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw Unsupported();

    /// <inheritdoc/>
    public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(
        string conversationId, AttachmentData? attachmentUpload = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw Unsupported();

    private async Task<DirectLineConversationInfo> ConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.FindAsync(conversationId ?? "", cancellationToken) ?? throw NotFound("The conversation does not exist or has ended.");

    private async Task<HttpOperationResponse<ResourceResponse>> DeliverAsync(string conversationId, Activity activity, string? replyToId, CancellationToken cancellationToken) =>
        await channel.DeliverAsync(await ConversationAsync(conversationId, cancellationToken), activity, replyToId, cancellationToken) is { } id
            ? await Answer(new ResourceResponse(id))
            : throw NotFound("The conversation does not exist or has ended.");

    private IList<ChannelAccount> Members(DirectLineConversationInfo conversation) =>
        [new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User), channel.BotAccount];

    private static Task<HttpOperationResponse<T>> Answer<T>(T body) =>
        Task.FromResult(new HttpOperationResponse<T> { Body = body, Response = new HttpResponseMessage(HttpStatusCode.OK) });

    private static ErrorResponseException NotFound(string message) =>
        new(message) { Response = new HttpResponseMessageWrapper(new HttpResponseMessage(HttpStatusCode.NotFound), message) };

    private static NotSupportedException Unsupported() => new("The website channel does not offer this Connector operation.");
}
