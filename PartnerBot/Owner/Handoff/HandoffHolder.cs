using System.Security.Claims;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Owner.Handoff;

/// <summary>Who takes over or writes: a staff member (their id and the name the customer is told), or the owner.</summary>
public sealed record HandoffHolder(string Id, string Name)
{
    /// <summary>The holder a signed-in dashboard user is; <paramref name="ownerName"/> names the owner to the customer.</summary>
    public static HandoffHolder Of(ClaimsPrincipal user, string ownerName)
    {
        ArgumentNullException.ThrowIfNull(user);
        return StaffClaims.StaffId(user) is { } id
            ? new(id, user.FindFirst(StaffClaims.FirstNameType)?.Value ?? user.Identity?.Name ?? ownerName)
            : new(HandoffChat.OwnerHolder, ownerName);
    }
}
