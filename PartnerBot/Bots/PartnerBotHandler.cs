using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using PartnerBot.Interview;

namespace PartnerBot.Bots;

/// <summary>The bot: hands every turn to the interview (unless a person of the business holds the chat) and saves the dialog and user state once per turn.</summary>
/// <remarks>The turn lock, the state read and the one commit per turn are the pipeline's (see <see cref="TurnPipelineExtensions"/>).</remarks>
/// <param name="handoff">The live handoff's part of a turn; none where the owner's side is not registered.</param>
public sealed class PartnerBotHandler(InterviewEngine interview, ConversationState conversationState, UserState userState, IHandoffTurn? handoff = null)
    : ActivityHandler
{
    /// <summary>The event Web Chat pages may send when a customer opens the chat.</summary>
    public const string JoinEventName = "webchat/join";

    /// <inheritdoc/>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        // While a staff member holds the chat the bot is silent; a wish for a person when one can come is served by the handoff.
        if (handoff is null || !await handoff.HandleAsync(turnContext, cancellationToken))
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        interview.OnMessageAsync(turnContext, cancellationToken);

    /// <inheritdoc/>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var membersAdded = activity.MembersAdded ?? [];
        var botId = activity.Recipient?.Id;
        var customerJoined = membersAdded.Any(m => m.Id != botId);

        // Teams announces a personal-scope install with only the bot in membersAdded: that is the customer opening the chat.
        var installedInTeams = activity.ChannelId == Channels.Msteams
            && membersAdded.Any(m => m.Id == botId)
            && activity.Conversation?.ConversationType is null or "personal";
        return customerJoined || installedInTeams
            ? interview.OnCustomerJoinedAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == JoinEventName
            ? interview.OnCustomerJoinedAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
}
