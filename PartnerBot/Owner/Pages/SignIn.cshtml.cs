using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;
using PartnerBot.Owner.Access;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/signin</c>: name and password (or Entra ID); failures slow down further tries from the same address (<see cref="OwnerSignIn"/>).</summary>
public sealed class SignInModel(OwnerSignIn signIn, Staff.StaffSignIn staffSignIn, IOptionsMonitor<OwnerOptions> options) : OwnerPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool UsesEntra => options.CurrentValue.Entra.IsEnabled;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true
        ? LocalRedirect(Staff.StaffClaims.IsStaff(User) ? SafeLiveReturnUrl : SafeReturnUrl)
        : Page();

    public IActionResult OnGetEntra() =>
        UsesEntra ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, OwnerAuthentication.EntraScheme) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (UsesEntra)
        {
            return NotFound();
        }

        // The owner's name goes to the owner's check, every other name to the staff accounts'.
        var address = ClientAddress.PartitionKey(HttpContext);
        var isOwner = string.Equals((UserName ?? "").Trim(), options.CurrentValue.UserName, StringComparison.OrdinalIgnoreCase);
        var (result, member) = isOwner
            ? (await signIn.CheckAsync(UserName, Password, address, cancellationToken), null)
            : await staffSignIn.CheckAsync(UserName, Password, address, cancellationToken);
        Password = null;
        if (result.Outcome == SignInOutcome.Success)
        {
            var claims = member is null ? [new Claim(ClaimTypes.Name, options.CurrentValue.UserName)] : Staff.StaffClaims.For(member).ToArray();
            var identity = new ClaimsIdentity(claims, OwnerAuthentication.CookieScheme);
            await HttpContext.SignInAsync(OwnerAuthentication.CookieScheme, new ClaimsPrincipal(identity));
            return LocalRedirect(member is null ? SafeReturnUrl : SafeLiveReturnUrl);
        }

        if (result.Outcome == SignInOutcome.LockedOut)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(result.RetryAfter.TotalMinutes));
            Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Error = T.Format("signin.locked", minutes);
        }
        else
        {
            Error = T["signin.failed"];
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Staff land on the live queue; a return address elsewhere in the dashboard is the owner's.</summary>
    private string SafeLiveReturnUrl => SafeReturnUrl.StartsWith("/owner/live", StringComparison.OrdinalIgnoreCase) ? SafeReturnUrl : "/owner/live";

    private string SafeReturnUrl =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/owner", StringComparison.OrdinalIgnoreCase) ? url : "/owner";
}
