using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Interview;
using PartnerBot.Privacy;

namespace PartnerBot.Owner.Handoff;

/// <summary>The handoff's part of a customer's turn: while a person holds the chat the bot is silent and the customer's lines and
/// typing go to the live dashboard. Whether a message asks for a person is the conversation's to decide (<see cref="ListeningHandoffDesk"/>).</summary>
/// <remarks>Only a conversation this instance knows to have an open handoff costs a query (<see cref="OpenHandoffs"/>).</remarks>
public sealed class HandoffTurn(HandoffDesk desk, InterviewStates states) : Bots.IHandoffTurn
{
    /// <inheritdoc/>
    public async Task<bool> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Typing)
            || activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ChannelId is not { Length: > 0 } channelId
            || await desk.OpenOfAsync(channelId, conversationId, cancellationToken) is not { } open)
        {
            return false;
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            await desk.CustomerTypingAsync(open, cancellationToken);
            return true;
        }

        // The customer's line is theirs to keep in the transcript (after consent), whoever answers it.
        if ((await states.InterviewAsync(turnContext, cancellationToken)).HasConsent)
        {
            TranscriptConsent.Grant(turnContext);
        }

        await desk.CustomerWroteAsync(open, activity.Text?.Trim() ?? "", cancellationToken);
        return open.Status == HandoffStatus.Held;
    }
}
