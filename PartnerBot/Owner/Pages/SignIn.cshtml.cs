using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;
using PartnerBot.Owner.Access;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/signin</c>: name and password (or Entra ID); failures slow down further tries from the same address (<see cref="OwnerSignIn"/>).</summary>
public sealed class SignInModel(OwnerSignIn signIn, IOptionsMonitor<OwnerOptions> options) : OwnerPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool UsesEntra => options.CurrentValue.Entra.IsEnabled;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public IActionResult OnGetEntra() =>
        UsesEntra ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, OwnerAuthentication.EntraScheme) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (UsesEntra)
        {
            return NotFound();
        }

        var result = await signIn.CheckAsync(UserName, Password, ClientAddress.PartitionKey(HttpContext), cancellationToken);
        Password = null;
        if (result.Outcome == SignInOutcome.Success)
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, options.CurrentValue.UserName)], OwnerAuthentication.CookieScheme);
            await HttpContext.SignInAsync(OwnerAuthentication.CookieScheme, new ClaimsPrincipal(identity));
            return LocalRedirect(SafeReturnUrl);
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

    private string SafeReturnUrl =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/owner", StringComparison.OrdinalIgnoreCase) ? url : "/owner";
}
