using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Interview;

namespace PartnerBot.Bots;

/// <summary>The bot: hands every turn to the interview and saves the dialog and user state once per turn.</summary>
public sealed class PartnerBotHandler(InterviewEngine interview, ConversationState conversationState, UserState userState) : ActivityHandler
{
    /// <summary>The event Web Chat pages may send when a customer opens the chat.</summary>
    public const string JoinEventName = "webchat/join";

    /// <inheritdoc/>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        interview.OnMessageAsync(turnContext, cancellationToken);

    /// <inheritdoc/>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        return membersAdded.Any(m => m.Id != botId)
            ? interview.OnCustomerJoinedAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == JoinEventName
            ? interview.OnCustomerJoinedAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
}
