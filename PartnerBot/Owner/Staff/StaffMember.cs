namespace PartnerBot.Owner.Staff;

/// <summary>A person of the business who may take over chats: how the dashboard and the customer name them, and how they sign in.</summary>
public sealed record StaffMember
{
    /// <summary>A random id (32 hex digits), never shown to customers.</summary>
    public required string Id { get; init; }

    /// <summary>The sign-in name (unique, compared without case).</summary>
    public required string UserName { get; init; }

    /// <summary>The name the dashboard shows ("Anna Schulz").</summary>
    public required string DisplayName { get; init; }

    /// <summary>How the customer is told who is there ("Frau Schulz", "Anna").</summary>
    public required string FirstName { get; init; }

    /// <summary>The e-mail address an Entra ID sign-in is matched by; null when none.</summary>
    public string? Email { get; init; }

    /// <summary>The Entra ID object id (<c>oid</c>) a sign-in is matched by; null when none.</summary>
    public string? EntraObjectId { get; init; }

    /// <summary>The password's PBKDF2 hash (<c>PasswordHash</c>); null for Entra ID only.</summary>
    public string? PasswordHash { get; init; }

    /// <summary>Changes with the password: a session begun with an older stamp ends.</summary>
    public required string Stamp { get; init; }

    /// <summary>Failed sign-ins in a row.</summary>
    public int Failures { get; init; }

    /// <summary>Until when sign-ins are refused after failures; null when they are not.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>When the owner added this person.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The key a user name is unique by.</summary>
    public static string KeyOf(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToUpperInvariant();
    }
}
