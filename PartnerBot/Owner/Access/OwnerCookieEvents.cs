using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PartnerBot.Owner.Access;

/// <summary>Ties the owner's cookie to a server-side session (<see cref="OwnerSessions"/>): begun at sign-in, checked on every request, ended at sign-out.</summary>
public sealed class OwnerCookieEvents(OwnerSessions sessions) : CookieAuthenticationEvents
{
    /// <inheritdoc/>
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var stale in identity.FindAll(OwnerSessions.ClaimType).ToList())
            {
                identity.RemoveClaim(stale);
            }

            identity.AddClaim(new Claim(OwnerSessions.ClaimType, await sessions.BeginAsync(Staff.StaffClaims.StaffId(context.Principal), context.HttpContext.RequestAborted)));
        }

        await base.SigningIn(context);
    }

    /// <inheritdoc/>
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (!await sessions.IsActiveAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            // Signed out elsewhere, a new password, or past its lifetime: the cookie (or a copy of it) opens nothing.
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await base.ValidatePrincipal(context);
    }

    /// <summary>The live dashboard's event stream answers 401 instead of a redirect to the sign-in page (a script, not a person, asks).</summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsEventStream(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    /// <summary>The event stream answers 403 to a signed-in person it is not for.</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsEventStream(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return base.RedirectToAccessDenied(context);
    }

    private static bool IsEventStream(HttpRequest request) => request.Path.StartsWithSegments("/owner/live/events", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override async Task SigningOut(CookieSigningOutContext context)
    {
        // A cookie rejected in ValidatePrincipal has no session left; a signed-in owner's is ended here.
        await sessions.EndAsync(context.HttpContext.User, context.HttpContext.RequestAborted);
        await base.SigningOut(context);
    }
}
