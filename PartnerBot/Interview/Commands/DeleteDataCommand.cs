using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"Daten löschen": asks once whether the customer is sure; said again right after that question, it erases everything.</summary>
internal sealed class DeleteDataCommand(ErasureConfirmation erasure) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.DeleteData;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        if (turn.EraseAsked)
        {
            return erasure.EraseAsync(turn, cancellationToken);
        }

        ErasureConfirmation.Ask(turn);
        return Task.CompletedTask;
    }
}
