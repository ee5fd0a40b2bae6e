using PartnerBot.Privacy;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"Daten löschen": erases everything of the customer's, everywhere, and forgets the conversation's state.</summary>
internal sealed class DeleteDataCommand(ICustomerDataEraser eraser, InterviewStates states) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.DeleteData;

    /// <inheritdoc/>
    public async Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var partner = await states.PeekPartnerAsync(turn, cancellationToken);
        var conversations = new HashSet<string>(partner?.ConversationIds ?? [], StringComparer.Ordinal) { activity.Conversation?.Id ?? "" };
        await eraser.EraseCustomerAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", conversations, cancellationToken);
        await states.ForgetAsync(turn, cancellationToken);
        turn.Say(turn.Wording.Deleted);
    }
}
