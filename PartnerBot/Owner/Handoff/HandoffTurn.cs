using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Interview;
using PartnerBot.Privacy;
using PartnerBot.Understanding;

namespace PartnerBot.Owner.Handoff;

/// <summary>The handoff's part of a customer's turn: while a person holds the chat the bot is silent and the customer's lines and
/// typing go to the live dashboard; a wish for a person when one can come puts the conversation into the queue.</summary>
public sealed class HandoffTurn(HandoffDesk desk, ITextUnderstanding understanding, InterviewStates states, UserState userState, HandoffWording wording, TimeProvider time)
    : Bots.IHandoffTurn
{
    private readonly IStatePropertyAccessor<PartnerState> _partner = userState.CreateProperty<PartnerState>(nameof(PartnerState));

    /// <inheritdoc/>
    public async Task<bool> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ChannelId is not { Length: > 0 } channelId)
        {
            return false;
        }

        var open = await desk.OpenOfAsync(channelId, conversationId, cancellationToken);
        if (activity.Type == ActivityTypes.Typing)
        {
            if (open is not null)
            {
                await desk.CustomerTypingAsync(open, cancellationToken);
            }

            return open is not null;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        var text = activity.Text?.Trim() ?? "";
        var interview = await states.InterviewAsync(turnContext, cancellationToken);
        if (open is not null)
        {
            // The customer's line is theirs to keep in the transcript (after consent), whoever answers it.
            if (interview.HasConsent)
            {
                TranscriptConsent.Grant(turnContext);
            }

            await desk.CustomerWroteAsync(open, text, cancellationToken);
            return open.Status == HandoffStatus.Held;
        }

        // Understood a second time only when a person could come at all, so a turn without staff online costs nothing extra.
        var locale = activity.Locale is { Length: > 0 } given ? given : interview.Locale ?? "de-DE";
        if (text.Length == 0 || !await desk.CanCallNowAsync(cancellationToken)
            || understanding.Understand(text, locale, null, activity.LocalTimestamp ?? time.GetUtcNow()).Kind != MessageKind.Human)
        {
            return false;
        }

        var name = interview.HasConsent ? (await PartnerAsync(turnContext, cancellationToken))?.Name : null;
        if (await desk.RequestPersonAsync(turnContext, name, cancellationToken) != HandoffRequest.Calling)
        {
            return false;
        }

        if (interview.HasConsent)
        {
            TranscriptConsent.Grant(turnContext);
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(wording.Say(locale, "calling")), cancellationToken);
        return true;
    }

    private async Task<PartnerState?> PartnerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            // Without a default factory nothing is created for a customer the store does not know.
            return await _partner.GetAsync(turnContext, null, cancellationToken);
        }
        catch (MissingMemberException)
        {
            return null;
        }
    }
}
