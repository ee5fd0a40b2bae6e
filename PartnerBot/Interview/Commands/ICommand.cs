using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>Something the customer can say at any time ("hilfe", "abbrechen", "meine Daten", …), handled for the turn it comes in.</summary>
internal interface ICommand
{
    /// <summary>The command this handler serves.</summary>
    Command Command { get; }

    /// <summary>Runs the command in this turn.</summary>
    Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken);
}
