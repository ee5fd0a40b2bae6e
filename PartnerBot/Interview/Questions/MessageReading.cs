using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Questions;

/// <summary>One message as the questions read it: what understanding found, the text, the question on screen and what is known already.</summary>
/// <param name="OnScreen">The question just asked, or null (at the summary, after the interview).</param>
/// <param name="Known">The answers so far.</param>
public sealed record MessageReading(Understood Understood, string Message, string? OnScreen, ProfileAnswers Known, Wording Wording)
{
    /// <summary>The question a free-text answer belongs to: the one the customer says they correct, else the one on screen.</summary>
    public string? FreeTextQuestion => Understood.CorrectedSlot ?? OnScreen;
}
