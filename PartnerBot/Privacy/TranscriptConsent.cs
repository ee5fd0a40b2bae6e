using Microsoft.Bot.Builder;

namespace PartnerBot.Privacy;

/// <summary>Whether a turn may be kept in the transcript: only once the customer consented, and never in the turn that erased their data.</summary>
public static class TranscriptConsent
{
    private const string Key = "PartnerBot.TranscriptConsent";

    /// <summary>The interview grants it in a turn in which the customer has consented.</summary>
    public static void Grant(ITurnContext turnContext) => turnContext.TurnState[Key] = true;

    /// <summary>The turn erased the customer's data: none of it may be written.</summary>
    public static void Revoke(ITurnContext turnContext) => turnContext.TurnState.Remove(Key);

    /// <summary>True when the turn's activities may be written to the transcript.</summary>
    public static bool IsGranted(ITurnContext turnContext) => turnContext.TurnState.TryGetValue(Key, out var value) && value is true;
}
