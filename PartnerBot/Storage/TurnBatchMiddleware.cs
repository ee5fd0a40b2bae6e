using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PartnerBot.Storage;

/// <summary>Gives each customer turn its <see cref="TurnWriteBatch"/>, commits it once after the bot's logic, and only then sends
/// the turn's replies: a customer never hears an answer whose turn was not stored.</summary>
/// <remarks>Replies are held while the bot works and released in order after the commit; if the bot or the commit fails they
/// are dropped and the adapter's error handler apologises (as it did when a store failed before the replies went out). A
/// proactive turn (an owner's reply) is not a customer turn: it runs unbatched and sends at once.</remarks>
public sealed class TurnBatchMiddleware(ITurnStore store, IEnumerable<ITurnStateScope> states) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ITurnStateScope[] _states = [.. states];

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (IsProactive(turnContext.Activity))
        {
            await next(cancellationToken);
            return;
        }

        var batch = new TurnWriteBatch(store, [.. _states.Select(s => s.KeyOf(turnContext)).OfType<string>()]);
        batch.AttachTo(turnContext);
        var held = new List<Func<Task<ResourceResponse[]>>>();
        var holding = true;
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            if (!holding)
            {
                return await nextSend();
            }

            held.Add(nextSend);
            return [.. activities.Select(a => new ResourceResponse(a.Id ?? ""))];
        });

        try
        {
            await next(cancellationToken);
            await batch.CommitAsync(turnContext, cancellationToken);
        }
        finally
        {
            // After a failure the held replies are dropped; the error handler's apology then goes straight out.
            holding = false;
        }

        foreach (var send in held)
        {
            await send();
        }
    }

    /// <summary>The event the adapter makes for a turn the bot starts itself (ContinueConversation).</summary>
    private static bool IsProactive(Activity? activity) =>
        activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation };
}
