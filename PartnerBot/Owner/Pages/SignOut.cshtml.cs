using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/signout</c>: signing out is a POST; the GET only offers the button.</summary>
public sealed class SignOutModel : OwnerPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(OwnerAuthentication.CookieScheme);
        return Redirect("/owner/signin");
    }
}
