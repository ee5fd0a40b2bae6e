using Microsoft.AspNetCore.Mvc;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/profiles/{id}/delete</c>: asks first (GET), then erases everything of that customer (POST).</summary>
public sealed class DeleteModel(IProfileStore profiles, OwnerProfileEraser eraser, ILogger<DeleteModel> logger) : OwnerPageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    public PartnerProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(Id, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await eraser.EraseAsync(Id, cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("The owner erased profile {ProfileId}.", Id);
        return Redirect("/owner?done=deleted");
    }
}
