namespace PartnerBot.Owner.Staff;

/// <summary>The business's staff accounts, in the chosen store (SQLite, PostgreSQL or memory).</summary>
public interface IStaffStore
{
    /// <summary>Every staff member, by display name.</summary>
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The staff member with this id; null when there is none.</summary>
    Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The staff member with this sign-in name (without case); null when there is none.</summary>
    Task<StaffMember?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The staff member an Entra ID sign-in belongs to: by object id, else by e-mail (without case); null when none.</summary>
    Task<StaffMember?> FindByEntraAsync(string? objectId, string? email, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="member"/>; false when the sign-in name is taken.</summary>
    Task<bool> AddAsync(StaffMember member, CancellationToken cancellationToken);

    /// <summary>Removes a staff member; false when there was none.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Counts a failed sign-in and sets the wait <paramref name="lockUntil"/> gives for the new count; returns the count.</summary>
    Task<int> FailAsync(string id, Func<int, DateTimeOffset?> lockUntil, CancellationToken cancellationToken);

    /// <summary>Clears the failed sign-ins after a success.</summary>
    Task ResetFailuresAsync(string id, CancellationToken cancellationToken);
}
