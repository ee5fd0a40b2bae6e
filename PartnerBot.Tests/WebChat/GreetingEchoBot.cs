using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PartnerBot.Tests.WebChat;

/// <summary>A stand-in bot for the channel tests: greets new members and echoes messages, so the tests do not depend on the interview's wording.</summary>
public sealed class GreetingEchoBot : ActivityHandler
{
    public const string Greeting = "Hallo! Schön, dass Sie da sind.";

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var files = activity.Attachments is { Count: > 0 } attachments ? $" [{string.Join(", ", attachments.Select(a => a.Name))}]" : "";
        await turnContext.SendActivityAsync($"Echo von {activity.From.Id}: {activity.Text}{files}", cancellationToken: cancellationToken);
    }
}
