namespace PartnerBot.Interview.Phases;

/// <summary>Finds the handler of the phase a conversation is in.</summary>
internal sealed class PhaseRouter
{
    private readonly Dictionary<InterviewPhase, IPhase> _phases;

    public PhaseRouter(IEnumerable<IPhase> phases)
    {
        _phases = phases.ToDictionary(p => p.Phase);
        var missing = Enum.GetValues<InterviewPhase>().Where(p => !_phases.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("No handler for the interview phase(s) " + string.Join(", ", missing) + ".");
        }
    }

    /// <summary>The handler of the turn's phase.</summary>
    public IPhase For(InterviewTurn turn) => _phases[turn.State.Phase];

    /// <summary>Says again what the bot is waiting for.</summary>
    public void RepeatPrompt(InterviewTurn turn) => For(turn).Prompt(turn);
}
