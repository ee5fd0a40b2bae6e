using PartnerBot.Privacy;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Erases a profile from the dashboard with everything of that customer, as the API's <c>DELETE</c> does.</summary>
/// <remarks>The owner's notes and the notification record go through <see cref="OwnerRecordsErasureHook"/>, which every erasure runs.</remarks>
public sealed class OwnerProfileEraser(ICustomerDataEraser eraser)
{
    /// <summary>False when there was no such profile.</summary>
    public Task<bool> EraseAsync(string profileId, CancellationToken cancellationToken) => eraser.EraseProfileAsync(profileId, cancellationToken);
}
