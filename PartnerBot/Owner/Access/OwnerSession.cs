namespace PartnerBot.Owner.Access;

/// <summary>One signed-in dashboard session: the id its cookie carries, when it began, and the credentials it began with.</summary>
public sealed class OwnerSession
{
    public string Id { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The staff member whose session this is; null for the owner's.</summary>
    public string? StaffId { get; set; }

    /// <summary>A fingerprint of the password hash (the owner's or the staff member's) at sign-in; a new password ends every older session.</summary>
    public string Stamp { get; set; } = "";
}
