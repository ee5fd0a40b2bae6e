using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The website's local Direct Line as the adapter sees it: a channel in this process with its own channel id, a fixed
/// service URL that names no reachable host, and a connector that puts the bot's activities straight into the conversation.</summary>
/// <remarks>Turns run with <see cref="Identity"/>, which only this process can hand to the adapter; nothing on
/// <c>/api/messages</c> can claim this channel, its conversations or its user ids.</remarks>
public sealed class WebsiteChannel(DirectLineConversationStore store, IOptions<WebChatOptions> options) : IInProcessChannel
{
    /// <summary>The channel id the bot sees (not <c>webchat</c>, which is Azure's Web Chat channel: their state must not mix).</summary>
    public const string Id = "website";

    /// <summary>The service URL of every activity and conversation reference of this channel; <c>.invalid</c> never resolves.</summary>
    public const string LocalServiceUrl = "https://website.partnerbot.invalid/";

    /// <summary>Customers' ids on this channel start with it; the server chooses them, the token carries them.</summary>
    public const string UserIdPrefix = "dl_";

    /// <summary>The <c>referenceGrammarId</c> the channel reports in its conversation objects: the same for every conversation of this bot.</summary>
    public const string ReferenceGrammarId = "5c7f0e2a-91d4-4b38-a6e1-3f8b2d9c7a10";

    /// <inheritdoc/>
    public string ChannelId => Id;

    /// <inheritdoc/>
    public string ServiceUrl => LocalServiceUrl;

    /// <inheritdoc/>
    public ClaimsIdentity Identity { get; } = new([new Claim("partnerbot:channel", Id)], "PartnerBot.InProcessChannel");

    /// <summary>The bot as a channel account.</summary>
    public ChannelAccount BotAccount => new(options.Value.BotId, options.Value.BusinessName, RoleTypes.Bot);

    /// <inheritdoc/>
    public IConnectorClient CreateConnectorClient() => new InProcessConnectorClient(new InProcessConversations(this, store));

    /// <inheritdoc/>
    public bool IsClaimedBy(Activity activity, bool senderAuthenticated)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId?.Trim(), Id, StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && url.Host.Equals(LocalServiceHost, StringComparison.OrdinalIgnoreCase))
            || (activity.Conversation?.Id is { Length: 32 } conversationId && IsHeld(conversationId))
            || (!senderAuthenticated && IsOurs(activity.From?.Id));
    }

    /// <summary>Puts one of the bot's activities into <paramref name="conversation"/> (typing only to the open streams) and returns its
    /// id; null when the conversation is gone.</summary>
    public async Task<string?> DeliverAsync(DirectLineConversationInfo conversation, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = Id;
        activity.ServiceUrl = LocalServiceUrl;
        activity.From ??= BotAccount;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Recipient ??= new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User);
        activity.ReplyToId = replyToId ?? activity.ReplyToId;
        if (activity.Type == ActivityTypes.Typing)
        {
            await store.BroadcastAsync(conversation.Id, activity, cancellationToken);
            return $"{conversation.Id}|typing";
        }

        return (await store.AppendAsync(conversation.Id, activity, clientActivityId: null, cancellationToken))?.Id;
    }

    /// <summary>Whether the log holds a conversation with this id (ours are 32 hex digits, so other ids are not looked up).</summary>
    /// <remarks>The caller's contract is synchronous; it runs for activities arriving on <c>/api/messages</c> only.</remarks>
    private bool IsHeld(string conversationId) =>
        conversationId.All(char.IsAsciiHexDigitLower) && store.ContainsAsync(conversationId, CancellationToken.None).GetAwaiter().GetResult();

    private static readonly string LocalServiceHost = new Uri(LocalServiceUrl).Host;

    private static bool IsOurs(string? userId) => userId?.TrimStart().StartsWith(UserIdPrefix, StringComparison.OrdinalIgnoreCase) == true;
}
