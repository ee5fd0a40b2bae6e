using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PartnerBot.Tests.WebChat;

/// <summary>A stand-in bot that greets with a Markdown summary (a list, bold, a link, lines kept apart) and repeats each message
/// unescaped inside its own Markdown, so whatever markup a message carries reaches the page's renderer as bot text.</summary>
public sealed class MarkdownBot : ActivityHandler
{
    public const string Summary =
        "Hier ist, was ich notiert habe:\n\n- **Name:** Anna Schmidt\n- Wunsch: eine Website\n- Mehr: [unsere Seite](https://baeckerei-sonne.example/info)\n\nErste Zeile\nZweite Zeile";

    public const string Echo = "Sie schrieben: ";

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        membersAdded.Any(member => member.Id != turnContext.Activity.Recipient.Id)
            ? turnContext.SendActivityAsync(Summary, cancellationToken: cancellationToken)
            : Task.CompletedTask;

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Echo + turnContext.Activity.Text, cancellationToken: cancellationToken);
}
