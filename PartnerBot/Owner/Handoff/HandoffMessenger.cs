using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PartnerBot.Bots;
using PartnerBot.Interview;
using PartnerBot.Privacy;
using PartnerBot.WebChat;

namespace PartnerBot.Owner.Handoff;

/// <summary>Writes into a customer's conversation from outside a turn of theirs (the Connector's proactive messages, with the stored
/// conversation reference): the staff member's lines under their name, and what the bot says when a person joins or leaves.</summary>
/// <remarks>On the website the adapter's in-process connector appends to the local Direct Line (with PostgreSQL its NOTIFY wakes the
/// customer's socket on another instance); in Teams and Azure Direct Line it goes through the channel's Connector service.</remarks>
public sealed class HandoffMessenger(
    PartnerBotAdapter adapter, InterviewStates states, InterviewEngine interview, ConversationState conversationState, UserState userState,
    HandoffWording wording, IOptions<MicrosoftAppOptions> app, ILogger<HandoffMessenger> logger)
{
    /// <summary>Sends a staff member's message, shown under their name; false when the channel refused it.</summary>
    public Task<bool> SendAsStaffAsync(HandoffChat chat, string name, string text, CancellationToken cancellationToken) =>
        RunAsync(chat, async (turn, ct) =>
        {
            Named(turn, name);
            await turn.SendActivityAsync(MessageFactory.Text(chat.ChannelId == WebsiteChannel.Id ? text : $"{name}: {text}"), ct);
        }, cancellationToken);

    /// <summary>Shows the customer that <paramref name="name"/> is typing.</summary>
    public Task<bool> TypingAsync(HandoffChat chat, string name, CancellationToken cancellationToken) =>
        RunAsync(chat, async (turn, ct) =>
        {
            Named(turn, name);
            await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
        }, cancellationToken);

    /// <summary>Sends one message as the bot.</summary>
    public Task<bool> SayAsync(HandoffChat chat, string text, CancellationToken cancellationToken) =>
        RunAsync(chat, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct), cancellationToken);

    /// <summary>The bot is back: says <paramref name="text"/> and asks the interview's current question again.</summary>
    public Task<bool> HandBackAsync(HandoffChat chat, string text, CancellationToken cancellationToken) =>
        RunAsync(chat, async (turn, ct) =>
        {
            await interview.OnHandedBackAsync(turn, text, ct);
            await conversationState.SaveChangesAsync(turn, false, ct);
            await userState.SaveChangesAsync(turn, false, ct);
        }, cancellationToken);

    /// <summary>Nobody took over in time: the bot apologises and offers a call back (at the number it knows, or asking for one),
    /// and the customer's next message is read as when it suits them; returns what was said, null when the channel refused it.</summary>
    public async Task<string?> OfferCallbackAsync(HandoffChat chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        string? said = null;
        var sent = await RunAsync(chat, async (turn, ct) =>
        {
            var state = await states.InterviewAsync(turn, ct);
            var phone = state.HasConsent ? state.Values.Text(Understanding.SlotNames.Phone) : null;
            said = phone is null
                ? wording.Say(chat.Locale, state.Informal == true, "timeout", wording.Business)
                : wording.Say(chat.Locale, state.Informal == true, "timeoutKnownNumber", wording.Business, phone);
            if (state.HasConsent)
            {
                // Before consent nothing is noted: the customer's answer then goes the interview's way (consent first).
                state.Callback = new PendingCallback { NeedsNumber = phone is null };
            }

            await turn.SendActivityAsync(MessageFactory.Text(said), ct);
            await conversationState.SaveChangesAsync(turn, false, ct);
        }, cancellationToken);
        return sent ? said : null;
    }

    /// <summary>The turn applies the bot's account to what it sends; the name is set after that (the website shows it, Teams keeps the bot's).</summary>
    private static void Named(ITurnContext turn, string name) =>
        turn.OnSendActivities(async (_, activities, next) =>
        {
            activities.ForEach(a => a.From = new ChannelAccount(a.From?.Id, name, RoleTypes.Bot));
            return await next();
        });

    private async Task<bool> RunAsync(HandoffChat chat, Func<ITurnContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(chat.Reference);
        if (reference?.Conversation?.Id is null || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return false;
        }

        Exception? failure = null;
        await adapter.ContinueConversationAsync(app.Value.MicrosoftAppId ?? "", reference, async (turn, ct) =>
        {
            // New messages in the conversation, not replies to the synthetic event that started this turn.
            turn.OnSendActivities(async (_, activities, next) =>
            {
                activities.ForEach(a => a.ReplyToId = null);
                return await next();
            });
            try
            {
                // A consented customer's transcript shows the staff member's lines too, under their name.
                if ((await states.InterviewAsync(turn, ct)).HasConsent)
                {
                    TranscriptConsent.Grant(turn);
                }

                await work(turn, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Caught here so the adapter's error handler does not send the customer an apology for a failed staff message.
                failure = exception;
            }
        }, cancellationToken);
        if (failure is not null)
        {
            logger.LogWarning("A handoff message to a conversation on {ChannelId} failed: {ExceptionType}", chat.ChannelId, failure.GetType().FullName);
            return false;
        }

        return true;
    }
}
