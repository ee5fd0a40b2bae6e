using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Wording;

namespace PartnerBot.Owner.Pages;

/// <summary>What every dashboard page has: the wording in the browser's language and times in the owner's zone.</summary>
public abstract class OwnerPageModel : PageModel
{
    private OwnerText? _text;

    /// <summary>The wording (German unless the browser prefers English).</summary>
    public OwnerText T => _text ??= HttpContext.RequestServices.GetRequiredService<OwnerWordingCatalog>().For(Request);

    /// <summary>A moment as the owner reads it, in their zone.</summary>
    public string When(DateTimeOffset moment) =>
        HttpContext.RequestServices.GetRequiredService<OwnerClock>().ToLocal(moment).ToString("g", T.Culture);

    /// <summary>The label of an owner-facing status.</summary>
    public string StatusLabel(string status) => T["status." + status];
}
