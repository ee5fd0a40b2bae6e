using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace PartnerBot.WebChat;

/// <summary>The connector client of the website channel: its conversations live in this process, so nothing goes over HTTP.</summary>
public sealed class InProcessConnectorClient(IConversations conversations) : IConnectorClient
{
    /// <inheritdoc/>
    public Uri BaseUri { get; set; } = new(WebsiteChannel.LocalServiceUrl);

    /// <inheritdoc/>
    public JsonSerializerSettings SerializationSettings => HttpHelper.BotMessageSerializerSettings;

    /// <inheritdoc/>
    public JsonSerializerSettings DeserializationSettings => HttpHelper.BotMessageSerializerSettings;

    /// <inheritdoc/>
    public ServiceClientCredentials Credentials => MicrosoftAppCredentials.Empty;

    /// <inheritdoc/>
    public IAttachments Attachments { get; } = new NoAttachments();

    /// <inheritdoc/>
    public IConversations Conversations { get; } = conversations;

    /// <summary>Nothing to release: the SDK disposes the client after every turn.</summary>
    public void Dispose()
    {
    }

    /// <summary>The channel keeps no attachments (the bot reads text only).</summary>
    private sealed class NoAttachments : IAttachments
    {
        public Task<HttpOperationResponse<AttachmentInfo>> GetAttachmentInfoWithHttpMessagesAsync(
            string attachmentId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The website channel keeps no attachments.");

        public Task<HttpOperationResponse<Stream>> GetAttachmentWithHttpMessagesAsync(
            string attachmentId, string viewId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The website channel keeps no attachments.");
    }
}
