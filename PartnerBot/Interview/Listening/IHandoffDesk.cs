using Microsoft.Bot.Builder;

namespace PartnerBot.Interview.Listening;

/// <summary>Whether a person of the business can join the conversation now, and asking them to: where live handoff plugs in
/// (<c>Owner/Handoff</c> registers its desk over this default).</summary>
/// <remarks>The default (<see cref="NoLiveHandoff"/>) says no, so a wish for a person gets the contact and the offer of a call back.</remarks>
public interface IHandoffDesk
{
    /// <summary>True when a person can take over this conversation now (someone is on duty, within opening hours).</summary>
    Task<bool> IsLiveAsync(ITurnContext context, CancellationToken cancellationToken);

    /// <summary>Asks a person to take over this conversation; called after <see cref="IsLiveAsync"/> said yes.</summary>
    /// <param name="kind">What the customer asked for: a <see cref="Profiles.RequestKind"/>.</param>
    Task RequestAsync(ITurnContext context, string kind, CancellationToken cancellationToken);

    /// <summary>When nobody can come now because the business is closed: the sentence that says honestly when someone is back
    /// ("Ab morgen, 8:00 Uhr ist wieder jemand für Sie da."), in the conversation's language; null when that cannot be said.</summary>
    /// <param name="informal">True to say du.</param>
    Task<string?> WhenBackAsync(ITurnContext context, bool informal, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
