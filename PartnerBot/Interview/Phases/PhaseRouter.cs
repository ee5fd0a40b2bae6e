namespace PartnerBot.Interview.Phases;

/// <summary>Finds the handler of the phase a conversation is in.</summary>
internal sealed class PhaseRouter
{
    private readonly Dictionary<InterviewPhase, IPhase> _phases;

    public PhaseRouter(IEnumerable<IPhase> phases) => _phases = HandlerTable.Of(phases, p => p.Phase, "interview phase(s)");

    /// <summary>The handler of the turn's phase.</summary>
    public IPhase For(InterviewTurn turn) => _phases[turn.State.Phase];

    /// <summary>Says again what the bot is waiting for.</summary>
    public void RepeatPrompt(InterviewTurn turn) => For(turn).Prompt(turn);
}
