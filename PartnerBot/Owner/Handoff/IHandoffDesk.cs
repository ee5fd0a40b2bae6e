using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Handoff;

/// <summary>Where the conversation asks for a person of the business: decides whether one can come now (opening hours and someone
/// on the live dashboard) and, if so, puts the conversation into the "Wartet auf Sie" queue.</summary>
public interface IHandoffDesk
{
    /// <summary>True when a person could be called now; cheap enough for every turn that might ask.</summary>
    Task<bool> CanCallNowAsync(CancellationToken cancellationToken);

    /// <summary>Calls a person for the conversation of <paramref name="turnContext"/>; <paramref name="customerName"/> is what the
    /// dashboard shows (null for a customer who has not consented or given a name).</summary>
    Task<HandoffRequest> RequestPersonAsync(ITurnContext turnContext, string? customerName, CancellationToken cancellationToken);
}
