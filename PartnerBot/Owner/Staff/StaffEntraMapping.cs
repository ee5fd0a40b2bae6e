using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace PartnerBot.Owner.Staff;

/// <summary>Turns an Entra ID sign-in of someone the owner added as staff into that staff member's sign-in.</summary>
public static class StaffEntraMapping
{
    private const string ObjectIdType = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>Adds the staff claims when the signed-in account's object id or e-mail belongs to a staff member.</summary>
    public static async Task MapAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        var objectId = identity.FindFirst("oid")?.Value ?? identity.FindFirst(ObjectIdType)?.Value;
        var email = identity.FindFirst("email")?.Value ?? identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst(ClaimTypes.Email)?.Value;
        var store = context.HttpContext.RequestServices.GetRequiredService<IStaffStore>();
        if (await store.FindByEntraAsync(objectId, email, context.HttpContext.RequestAborted) is { } member)
        {
            foreach (var claim in StaffClaims.For(member).Where(c => c.Type != ClaimTypes.Name))
            {
                identity.AddClaim(claim);
            }
        }
    }
}
