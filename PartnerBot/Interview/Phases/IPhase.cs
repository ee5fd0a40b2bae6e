using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>One phase of the conversation: how it answers a message, and how it says again what it waits for.</summary>
internal interface IPhase
{
    /// <summary>The phase this handler serves.</summary>
    InterviewPhase Phase { get; }

    /// <summary>Handles a message with words (commands and empty messages are handled before).</summary>
    Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken);

    /// <summary>Says again what the phase waits for.</summary>
    void Prompt(InterviewTurn turn);
}
