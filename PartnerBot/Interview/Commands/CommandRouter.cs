using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>Finds the handler of a recognised command.</summary>
internal sealed class CommandRouter
{
    private readonly Dictionary<Command, ICommand> _commands;

    public CommandRouter(IEnumerable<ICommand> commands) => _commands = HandlerTable.Of(commands, c => c.Command, "command(s)");

    /// <summary>Runs the command in this turn.</summary>
    public Task RunAsync(InterviewTurn turn, Command command, CancellationToken cancellationToken) =>
        _commands[command].RunAsync(turn, cancellationToken);
}
