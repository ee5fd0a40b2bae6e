using System.Security.Claims;

namespace PartnerBot.Owner.Staff;

/// <summary>What the dashboard cookie says about a staff member: their id and the name the customer is told; the owner's cookie has neither.</summary>
public static class StaffClaims
{
    /// <summary>The claim that holds the staff member's id.</summary>
    public const string IdType = "partnerbot:staff";

    /// <summary>The claim that holds the name the customer is told ("Frau Schulz").</summary>
    public const string FirstNameType = "partnerbot:staff-first-name";

    /// <summary>The staff member's id; null for the owner.</summary>
    public static string? StaffId(ClaimsPrincipal? principal) => principal?.FindFirst(IdType)?.Value is { Length: > 0 } id ? id : null;

    /// <summary>True for a staff member's cookie.</summary>
    public static bool IsStaff(ClaimsPrincipal? principal) => StaffId(principal) is not null;

    /// <summary>The claims of a signed-in staff member.</summary>
    public static IEnumerable<Claim> For(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        yield return new Claim(ClaimTypes.Name, member.DisplayName);
        yield return new Claim(IdType, member.Id);
        yield return new Claim(FirstNameType, member.FirstName);
    }
}
