using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace PartnerBot.Owner.Handoff;

/// <summary>The handoff's state machine: bot → waiting (in the queue) → held by one staff member → back to the bot, or ended;
/// a waiting customer nobody takes over within <c>HandoffTimeout</c> gets the bot back, with an apology and a callback offer.</summary>
/// <remarks>Every change is conditional on the version it was decided on (<see cref="IHandoffStore.ChangeAsync"/>), so of two staff
/// members taking over at once, or a take-over racing the timeout on another instance, exactly one wins.</remarks>
public sealed class HandoffDesk(
    IHandoffStore store, IHandoffBus bus, OpenHandoffs open, OpeningHours hours, IOptionsMonitor<OpeningHoursOptions> options, HandoffMessenger messenger,
    HandoffWording wording, HandoffAlert alert, TimeProvider time, ILogger<HandoffDesk> logger)
{
    /// <summary>True when a person could be called now: within opening hours and someone has the live dashboard open.</summary>
    public async Task<bool> CanCallNowAsync(CancellationToken cancellationToken) =>
        hours.IsOpen() && await store.AnyonePresentAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>Calls a person for the conversation of <paramref name="turnContext"/>: puts it into the "Wartet auf Sie" queue;
    /// <paramref name="customerName"/> is what the dashboard shows (null for a customer who has not consented or given a name).</summary>
    public async Task<HandoffRequest> RequestPersonAsync(ITurnContext turnContext, string? customerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!hours.IsOpen())
        {
            return HandoffRequest.Closed;
        }

        var now = time.GetUtcNow();
        if (!await store.AnyonePresentAsync(now, cancellationToken))
        {
            return HandoffRequest.NobodyThere;
        }

        var activity = turnContext.Activity;
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        var chat = await store.RequestAsync(new HandoffChat
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ChannelId = activity.ChannelId,
            ConversationId = activity.Conversation.Id,
            Status = HandoffStatus.Waiting,
            CustomerName = customerName,
            Locale = activity.Locale is { Length: > 0 } locale ? locale : "de-DE",
            Reference = JsonConvert.SerializeObject(reference),
            RequestedAt = now,
        }, cancellationToken);
        open.Opened(chat);
        if (chat.Status == HandoffStatus.Waiting && chat.RequestedAt.ToUnixTimeMilliseconds() == now.ToUnixTimeMilliseconds())
        {
            logger.LogInformation("A customer on {ChannelId} waits for a person (handoff {HandoffId}).", chat.ChannelId, chat.Id);
            await PublishQueueAsync(chat, cancellationToken);
            _ = alert.SendAsync(chat);
        }

        return HandoffRequest.Calling;
    }

    /// <summary>The open handoff of a conversation; null when the bot answers. Asks the store only for a conversation that may have one
    /// (<see cref="OpenHandoffs"/>), so the turns of all other conversations cost no query.</summary>
    public async Task<HandoffChat?> OpenOfAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        if (!await open.MayHaveAsync(channelId, conversationId, cancellationToken))
        {
            return null;
        }

        if (await store.FindAsync(channelId, conversationId, cancellationToken) is { IsOpen: true } chat)
        {
            return chat;
        }

        open.Forget(channelId, conversationId);
        return null;
    }

    /// <summary><paramref name="holder"/> takes over a waiting chat; the customer is told who is there.</summary>
    public async Task<HandoffChange> TakeOverAsync(string id, HandoffHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (await store.GetAsync(id, cancellationToken) is not { } chat)
        {
            return HandoffChange.NotFound;
        }

        if (chat.Status != HandoffStatus.Waiting
            || !await store.ChangeAsync(chat with { Status = HandoffStatus.Held, HolderId = holder.Id, HolderName = holder.Name }, time.GetUtcNow(), cancellationToken))
        {
            return HandoffChange.Conflict;
        }

        var held = await store.GetAsync(id, cancellationToken) ?? chat;
        open.Opened(held);
        logger.LogInformation("Handoff {HandoffId} taken over.", id);
        await PublishQueueAsync(held, cancellationToken);
        await SayAsync(held, wording.Say(held.Locale, "joined", holder.Name, wording.Business), cancellationToken);
        return HandoffChange.Done;
    }

    /// <summary>The holder hands the chat back: the bot says it is back and asks the interview's current question again.</summary>
    public Task<HandoffChange> HandBackAsync(string id, HandoffHolder holder, CancellationToken cancellationToken) =>
        ReleaseAsync(id, holder, HandoffStatus.Bot, (chat, ct) => messenger.HandBackAsync(chat, wording.Say(chat.Locale, "back"), ct), cancellationToken);

    /// <summary>The holder (or, for a waiting chat, anyone) ends the chat; the bot says goodbye for them and answers again if the customer writes.</summary>
    public Task<HandoffChange> EndAsync(string id, HandoffHolder holder, CancellationToken cancellationToken) =>
        ReleaseAsync(id, holder, HandoffStatus.Ended,
            (chat, ct) => messenger.SayAsync(chat, wording.Say(chat.Locale, "ended", chat.HolderName ?? holder.Name, wording.Business), ct), cancellationToken);

    /// <summary>The holder's message to the customer.</summary>
    public async Task<HandoffChange> SendAsync(string id, HandoffHolder holder, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (await store.GetAsync(id, cancellationToken) is not { } chat)
        {
            return HandoffChange.NotFound;
        }

        if (chat.Status != HandoffStatus.Held || chat.HolderId != holder.Id)
        {
            return HandoffChange.Conflict;
        }

        await messenger.SendAsStaffAsync(chat, holder.Name, text, cancellationToken);
        await bus.PublishAsync(new HandoffEvent(HandoffEvent.Message, id, text, holder.Name), cancellationToken);
        return HandoffChange.Done;
    }

    /// <summary>Shows the customer that the holder types.</summary>
    public async Task TypingAsync(string id, HandoffHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (await store.GetAsync(id, cancellationToken) is { Status: HandoffStatus.Held } chat && chat.HolderId == holder.Id)
        {
            await messenger.TypingAsync(chat, holder.Name, cancellationToken);
        }
    }

    /// <summary>The customer wrote in an open chat: their line goes to the dashboards that have it open.</summary>
    public Task CustomerWroteAsync(HandoffChat chat, string text, CancellationToken cancellationToken) =>
        bus.PublishAsync(new HandoffEvent(HandoffEvent.Message, chat.Id, text, HandoffEvent.Customer), cancellationToken);

    /// <summary>The customer types in an open chat.</summary>
    public Task CustomerTypingAsync(HandoffChat chat, CancellationToken cancellationToken) =>
        bus.PublishAsync(new HandoffEvent(HandoffEvent.Typing, chat.Id, Who: HandoffEvent.Customer), cancellationToken);

    /// <summary>The bot said something in an open chat (shown in the live view beside the staff member's lines).</summary>
    public Task BotSaidAsync(string id, string text, CancellationToken cancellationToken) =>
        bus.PublishAsync(new HandoffEvent(HandoffEvent.Message, id, text, HandoffEvent.Bot), cancellationToken);

    /// <summary>Gives every chat that waited longer than <c>HandoffTimeout</c> back to the bot, which apologises and offers a callback; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var timeout = options.CurrentValue.HandoffTimeout;
        var expired = 0;
        foreach (var chat in await store.OpenAsync(cancellationToken))
        {
            if (chat.Status != HandoffStatus.Waiting || now - chat.RequestedAt < timeout
                || !await store.ChangeAsync(chat with { Status = HandoffStatus.Bot }, now, cancellationToken))
            {
                continue;
            }

            expired++;
            open.Closed(chat);
            logger.LogInformation("Nobody took over handoff {HandoffId} in time; the bot offers a callback.", chat.Id);
            await PublishQueueAsync(await store.GetAsync(chat.Id, cancellationToken) ?? chat, cancellationToken);
            if (await messenger.OfferCallbackAsync(chat, cancellationToken) is { } offer)
            {
                await BotSaidAsync(chat.Id, offer, cancellationToken);
            }
        }

        return expired;
    }

    private async Task<HandoffChange> ReleaseAsync(
        string id, HandoffHolder holder, HandoffStatus to, Func<HandoffChat, CancellationToken, Task<bool>> tell, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (await store.GetAsync(id, cancellationToken) is not { } chat)
        {
            return HandoffChange.NotFound;
        }

        var mayRelease = chat.Status == HandoffStatus.Held ? chat.HolderId == holder.Id : chat.Status == HandoffStatus.Waiting && to == HandoffStatus.Ended;
        if (!mayRelease || !await store.ChangeAsync(chat with { Status = to, HolderId = null, HolderName = null }, time.GetUtcNow(), cancellationToken))
        {
            return HandoffChange.Conflict;
        }

        open.Closed(chat);
        await PublishQueueAsync(await store.GetAsync(id, cancellationToken) ?? chat, cancellationToken);
        await tell(chat, cancellationToken);
        return HandoffChange.Done;
    }

    private async Task SayAsync(HandoffChat chat, string text, CancellationToken cancellationToken)
    {
        await messenger.SayAsync(chat, text, cancellationToken);
        await BotSaidAsync(chat.Id, text, cancellationToken);
    }

    private Task PublishQueueAsync(HandoffChat chat, CancellationToken cancellationToken) =>
        bus.PublishAsync(new HandoffEvent(HandoffEvent.Queue, chat.Id, Chat: HandoffView.Of(chat)), cancellationToken);
}
