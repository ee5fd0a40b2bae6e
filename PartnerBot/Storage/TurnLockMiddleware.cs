using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PartnerBot.Storage;

/// <summary>Runs the turns of one conversation one after the other (across instances with PostgreSQL), from the state read to the commit and the transcript.</summary>
/// <remarks>Bot state is last-writer-wins by itself; this lock is what keeps two turns of a conversation from interleaving.
/// A proactive turn (an owner's reply) does not take it: it writes no state, and the customer's turn may be the one sending it.</remarks>
public sealed class TurnLockMiddleware(ITurnLock turnLock) : Microsoft.Bot.Builder.IMiddleware
{
    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation })
        {
            await next(cancellationToken);
            return;
        }

        await using (await turnLock.AcquireAsync(activity?.ChannelId ?? "", activity?.Conversation?.Id ?? "", cancellationToken))
        {
            await next(cancellationToken);
        }
    }
}
