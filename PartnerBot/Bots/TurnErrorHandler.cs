using Microsoft.Bot.Builder;
using PartnerBot.Interview;

namespace PartnerBot.Bots;

/// <summary>When a turn fails: log what failed (never what the customer wrote) and apologise without internals.</summary>
public sealed class TurnErrorHandler(WordingCatalog wording, ILogger<TurnErrorHandler> logger)
{
    /// <summary>The adapter's OnTurnError.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(
            "Turn failed in channel {ChannelId} ({ActivityType}): {ExceptionType} {StackTrace}",
            turnContext.Activity?.ChannelId,
            turnContext.Activity?.Type,
            exception.GetType().FullName,
            exception.StackTrace);

        try
        {
            var text = wording.For(turnContext.Activity?.Locale).Apology;
            await turnContext.SendActivityAsync(text, cancellationToken: CancellationToken.None);
        }
        catch (Exception sendFailure)
        {
            logger.LogWarning("The apology could not be sent either: {ExceptionType}", sendFailure.GetType().FullName);
        }
    }
}
