using Microsoft.Bot.Builder;
using PartnerBot.Storage;

namespace PartnerBot.Privacy;

/// <summary>Whether a turn may be kept in the transcript: only once the customer consented, and never in the turn that erased their data.</summary>
public static class TranscriptConsent
{
    /// <summary>The interview grants it in a turn in which the customer has consented.</summary>
    public static void Grant(ITurnContext turnContext) => TurnItems.Of(turnContext).TranscriptConsent = true;

    /// <summary>The turn erased the customer's data: none of it may be written.</summary>
    public static void Revoke(ITurnContext turnContext) => TurnItems.Of(turnContext).TranscriptConsent = false;

    /// <summary>True when the turn's activities may be written to the transcript.</summary>
    public static bool IsGranted(ITurnContext turnContext) => TurnItems.Of(turnContext).TranscriptConsent;
}
