using PartnerBot.Interview.Phases;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"hilfe": what the customer can say, then the question again.</summary>
internal sealed class HelpCommand(PhaseRouter phases) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.Help;

    /// <inheritdoc/>
    public Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        turn.Say(turn.Wording.Help);
        phases.RepeatPrompt(turn);
        return Task.CompletedTask;
    }
}
