namespace PartnerBot.Owner.Staff;

/// <summary>Staff accounts in memory (tests and demos); gone at restart.</summary>
public sealed class MemoryStaffStore : IStaffStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StaffMember> _members = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StaffMember>>([.. _members.Values.OrderBy(m => m.DisplayName, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Find(m => m.Id == id));

    /// <inheritdoc/>
    public Task<StaffMember?> FindByUserNameAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult(Find(m => StaffMember.KeyOf(m.UserName) == StaffMember.KeyOf(userName)));

    /// <inheritdoc/>
    public Task<StaffMember?> FindByEntraAsync(string? objectId, string? email, CancellationToken cancellationToken) =>
        Task.FromResult(
            (objectId is { Length: > 0 } ? Find(m => m.EntraObjectId == objectId) : null)
            ?? (email is { Length: > 0 } ? Find(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase)) : null));

    /// <inheritdoc/>
    public Task<bool> AddAsync(StaffMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        lock (_gate)
        {
            if (_members.Values.Any(m => StaffMember.KeyOf(m.UserName) == StaffMember.KeyOf(member.UserName)))
            {
                return Task.FromResult(false);
            }

            _members[member.Id] = member with { UserName = member.UserName.Trim(), Failures = 0, LockedUntil = null };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_members.Remove(id));
        }
    }

    /// <inheritdoc/>
    public Task<int> FailAsync(string id, Func<int, DateTimeOffset?> lockUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lockUntil);
        lock (_gate)
        {
            if (!_members.TryGetValue(id, out var member))
            {
                return Task.FromResult(0);
            }

            var failures = member.Failures + 1;
            _members[id] = member with { Failures = failures, LockedUntil = lockUntil(failures) };
            return Task.FromResult(failures);
        }
    }

    /// <inheritdoc/>
    public Task ResetFailuresAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_members.TryGetValue(id, out var member))
            {
                _members[id] = member with { Failures = 0, LockedUntil = null };
            }

            return Task.CompletedTask;
        }
    }

    private StaffMember? Find(Func<StaffMember, bool> match)
    {
        lock (_gate)
        {
            return _members.Values.FirstOrDefault(match);
        }
    }
}
