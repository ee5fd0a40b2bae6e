using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The local channel's side of the bot: fills in what a channel must set on an activity and runs the turn through the adapter.</summary>
/// <remarks>Replies within a turn are delivered in-process, proactive messages (the owner's) through the Connector routes
/// (<see cref="ConnectorEndpoints"/>); both end in <see cref="ConnectorEndpoints.Deliver"/>.</remarks>
public sealed class DirectLineBot(
    PartnerBotAdapter adapter,
    IServiceProvider services,
    IOptions<WebChatOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DirectLineBot> logger)
{
    /// <summary>The channel id the bot sees; <c>emulator</c> would make the SDK send trace activities.</summary>
    public const string ChannelId = "webchat";

    /// <summary>The bot as a channel account.</summary>
    public ChannelAccount BotAccount => new(options.Value.BotId, options.Value.BusinessName, RoleTypes.Bot);

    /// <summary>The <c>conversationUpdate</c> that lets the bot greet first: both members, with their ids.</summary>
    public Activity ConversationStarted(DirectLineConversation conversation, string serviceUrl)
    {
        var activity = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = $"{conversation.Id}|start",
            Timestamp = time.GetUtcNow(),
            MembersAdded = [BotAccount, Customer(conversation)],
        };
        return Address(activity, conversation, serviceUrl);
    }

    /// <summary>Makes a posted activity the channel's: sender from the token, recipient, conversation, channel, service URL, locale.</summary>
    public Activity FromCustomer(Activity posted, DirectLineConversation conversation, string serviceUrl)
    {
        var name = posted.From?.Name is { Length: > 0 and <= 100 } given ? given : conversation.UserName;
        posted.From = new ChannelAccount(conversation.UserId, name, RoleTypes.User);
        posted.Locale = string.IsNullOrWhiteSpace(posted.Locale) ? conversation.Locale : posted.Locale;
        posted.ReplyToId = null;
        return Address(posted, conversation, serviceUrl);
    }

    /// <summary>Runs one turn (one at a time per conversation); failures are logged, never thrown at the customer's request.</summary>
    public async Task RunTurnAsync(DirectLineConversation conversation, Activity activity)
    {
        // Not the request's token: a customer closing the tab must not cut a turn in half (state is saved at its end).
        var cancellationToken = lifetime.ApplicationStopping;
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            var bot = services.GetRequiredService<IBot>();
            await adapter.ProcessAsync(authHeader: null, activity, (turn, ct) =>
            {
                turn.OnSendActivities((_, activities, _) => Task.FromResult(Deliver(conversation, activities)));
                return bot.OnTurnAsync(turn, ct);
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError("The bot failed a {ActivityType} turn from the local Direct Line: {ExceptionType}", activity.Type, exception.GetType().FullName);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    /// <summary>The turn's replies go straight into the conversation, as the Connector routes would put them, without an HTTP
    /// round trip per message to this same app (which cost more than the turn itself, see bench/README.md).</summary>
    private ResourceResponse[] Deliver(DirectLineConversation conversation, List<Activity> activities) =>
        activities.Select(activity => activity.Type switch
        {
            // What the SDK's adapter does not send to a channel either.
            ActivityTypes.Trace or ActivityTypesEx.InvokeResponse or ActivityTypesEx.Delay => new ResourceResponse(),
            _ => new ResourceResponse(ConnectorEndpoints.Deliver(conversation, this, activity, activity.ReplyToId)),
        }).ToArray();

    private Activity Address(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.Locale ??= conversation.Locale;
        activity.From ??= Customer(conversation);
        return activity;
    }

    private static ChannelAccount Customer(DirectLineConversation conversation) => new(conversation.UserId, conversation.UserName, RoleTypes.User);
}
