using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The local channel's side of the bot: fills in what a channel must set on an activity and runs the turn through the
/// adapter in process, with the channel's own identity (so it works with and without an Azure Bot registration).</summary>
/// <remarks>The bot's replies, in the turn or later (the owner's), reach the conversation through <see cref="WebsiteChannel"/>'s
/// in-process connector; none of them goes over HTTP.</remarks>
public sealed class DirectLineBot(
    PartnerBotAdapter adapter,
    WebsiteChannel channel,
    DirectLineConversationStore store,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DirectLineBot> logger)
{
    /// <summary>The channel id the bot sees.</summary>
    public const string ChannelId = WebsiteChannel.Id;

    /// <summary>The bot as a channel account.</summary>
    public ChannelAccount BotAccount => channel.BotAccount;

    /// <summary>The <c>conversationUpdate</c> that lets the bot greet first: both members, with their ids.</summary>
    public Activity ConversationStarted(DirectLineConversationInfo conversation)
    {
        var activity = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = $"{conversation.Id}|start",
            Timestamp = time.GetUtcNow(),
            MembersAdded = [BotAccount, Customer(conversation)],
        };
        return Address(activity, conversation);
    }

    /// <summary>Makes a posted activity the channel's: sender from the token (whatever <c>from.id</c> the client sent),
    /// recipient, conversation, channel, the fixed service URL, locale.</summary>
    public Activity FromCustomer(Activity posted, DirectLineConversationInfo conversation)
    {
        var name = posted.From?.Name is { Length: > 0 and <= 100 } given ? given : conversation.UserName;
        posted.From = new ChannelAccount(conversation.UserId, name, RoleTypes.User);
        posted.Locale = string.IsNullOrWhiteSpace(posted.Locale) ? conversation.Locale : posted.Locale;
        posted.ReplyToId = null;
        posted.DeliveryMode = null;
        posted.CallerId = null;
        return Address(posted, conversation);
    }

    /// <summary>Runs one turn (one at a time per conversation); failures are logged, never thrown at the customer's request.</summary>
    public async Task RunTurnAsync(DirectLineConversationInfo conversation, Activity activity)
    {
        // Not the request's token: a customer closing the tab must not cut a turn in half (state is saved at its end).
        var cancellationToken = lifetime.ApplicationStopping;
        var gate = store.Live(conversation.Id).TurnGate;
        await gate.WaitAsync(cancellationToken);
        try
        {
            var bot = services.GetRequiredService<IBot>();
            await adapter.ProcessActivityAsync(channel.Identity, activity, bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError("The bot failed a {ActivityType} turn from the local Direct Line: {ExceptionType}", activity.Type, exception.GetType().FullName);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The customer types: shown on the live dashboard when a person of the business has the chat (typing runs no turn).</summary>
    public async Task CustomerTypingAsync(DirectLineConversationInfo conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        try
        {
            var desk = services.GetRequiredService<Owner.Handoff.HandoffDesk>();
            if (await desk.OpenOfAsync(ChannelId, conversation.Id, lifetime.ApplicationStopping) is { } chat)
            {
                await desk.CustomerTypingAsync(chat, lifetime.ApplicationStopping);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("The customer's typing did not reach the live dashboard: {ExceptionType}", exception.GetType().FullName);
        }
    }

    private Activity Address(Activity activity, DirectLineConversationInfo conversation)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = WebsiteChannel.LocalServiceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.Locale ??= conversation.Locale;
        activity.From ??= Customer(conversation);
        return activity;
    }

    private static ChannelAccount Customer(DirectLineConversationInfo conversation) => new(conversation.UserId, conversation.UserName, RoleTypes.User);
}
