using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using PartnerBot.Owner.Access;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/staff</c>: the owner adds and removes the people who may take over chats (owner only).</summary>
public sealed class StaffModel(IStaffStore staff, TimeProvider time, Microsoft.Extensions.Options.IOptionsMonitor<OwnerOptions> options) : OwnerPageModel
{
    /// <summary>The confirmations a redirect may show.</summary>
    public static readonly IReadOnlyList<string> Confirmations = ["added", "removed"];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? EntraObjectId { get; set; }
    [BindProperty] public string? Id { get; set; }

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];
    public string? Error { get; private set; }
    public bool UsesEntra => options.CurrentValue.Entra.IsEnabled;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Members = await staff.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        Error = Check();
        if (Error is null)
        {
            var member = new StaffMember
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                UserName = UserName!.Trim(),
                DisplayName = DisplayName!.Trim(),
                FirstName = FirstName!.Trim(),
                Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
                EntraObjectId = string.IsNullOrWhiteSpace(EntraObjectId) ? null : EntraObjectId.Trim(),
                PasswordHash = string.IsNullOrEmpty(Password) ? null : PasswordHash.Create(Password),
                Stamp = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                CreatedAt = time.GetUtcNow(),
            };
            if (await staff.AddAsync(member, cancellationToken))
            {
                return RedirectToPage(new { done = "added" });
            }

            Error = T["staff.taken"];
        }

        Password = null;
        Members = await staff.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        Id is { Length: > 0 } id && await staff.RemoveAsync(id, cancellationToken) ? RedirectToPage(new { done = "removed" }) : NotFound();

    private string? Check()
    {
        if (string.IsNullOrWhiteSpace(DisplayName) || string.IsNullOrWhiteSpace(FirstName) || string.IsNullOrWhiteSpace(UserName)
            || DisplayName.Length > 100 || FirstName.Length > 60 || UserName.Length > 60 || Email?.Length > 200 || EntraObjectId?.Length > 100)
        {
            return T["staff.invalid"];
        }

        if (string.Equals(UserName.Trim(), options.CurrentValue.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return T["staff.taken"];
        }

        // With Entra ID a person signs in there; without it, a password of the owner's length is needed.
        var needsPassword = !UsesEntra;
        return needsPassword && (Password is null || Password.Length < 10) ? T["staff.password.short"] : null;
    }
}
