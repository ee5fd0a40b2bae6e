using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>Finds the handler of a recognised command.</summary>
internal sealed class CommandRouter
{
    private readonly Dictionary<Command, ICommand> _commands;

    public CommandRouter(IEnumerable<ICommand> commands)
    {
        _commands = commands.ToDictionary(c => c.Command);
        var missing = Enum.GetValues<Command>().Where(c => !_commands.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("No handler for the command(s) " + string.Join(", ", missing) + ".");
        }
    }

    /// <summary>Runs the command in this turn.</summary>
    public Task RunAsync(InterviewTurn turn, Command command, CancellationToken cancellationToken) =>
        _commands[command].RunAsync(turn, cancellationToken);
}
