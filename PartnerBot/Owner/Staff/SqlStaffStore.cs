using System.Data.Common;
using PartnerBot.Storage;

namespace PartnerBot.Owner.Staff;

/// <summary>Staff accounts in the <c>staff</c> table, the same statements for SQLite and PostgreSQL.</summary>
public sealed class SqlStaffStore(SqlConnections sql) : IStaffStore
{
    private const string Columns =
        "id, user_name, display_name, first_name, email, entra_object_id, password_hash, stamp, failures, locked_until, created_at";

    /// <inheritdoc/>
    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyList<StaffMember>>(
            async c => await SqlConnections.QueryAsync(c, null, $"SELECT {Columns} FROM staff ORDER BY display_name, id", Read, cancellationToken),
            cancellationToken);

    /// <inheritdoc/>
    public Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken) =>
        OneAsync("id = @v", id, cancellationToken);

    /// <inheritdoc/>
    public Task<StaffMember?> FindByUserNameAsync(string userName, CancellationToken cancellationToken) =>
        OneAsync("user_key = @v", StaffMember.KeyOf(userName), cancellationToken);

    /// <inheritdoc/>
    public async Task<StaffMember?> FindByEntraAsync(string? objectId, string? email, CancellationToken cancellationToken)
    {
        if (objectId is { Length: > 0 } && await OneAsync("entra_object_id = @v", objectId, cancellationToken) is { } byId)
        {
            return byId;
        }

        return email is { Length: > 0 } ? await OneAsync("lower(email) = @v", email.Trim().ToLowerInvariant(), cancellationToken) : null;
    }

    /// <inheritdoc/>
    public Task<bool> AddAsync(StaffMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return sql.WriteAsync(async (c, t) =>
        {
            var taken = await SqlConnections.QueryAsync(c, t, "SELECT id FROM staff WHERE user_key = @key", r => r.GetString(0), cancellationToken,
                ("@key", StaffMember.KeyOf(member.UserName)));
            if (taken.Count > 0)
            {
                return false;
            }

            await SqlConnections.ExecuteAsync(c, t, $"""
                INSERT INTO staff ({Columns}, user_key)
                VALUES (@id, @user, @display, @first, @email, @oid, @hash, @stamp, 0, NULL, @created, @key)
                """, cancellationToken,
                ("@id", member.Id), ("@user", member.UserName.Trim()), ("@display", member.DisplayName), ("@first", member.FirstName),
                ("@email", member.Email), ("@oid", member.EntraObjectId), ("@hash", member.PasswordHash), ("@stamp", member.Stamp),
                ("@created", member.CreatedAt.ToUnixTimeMilliseconds()), ("@key", StaffMember.KeyOf(member.UserName)));
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) =>
        sql.WriteAsync(async (c, t) => await SqlConnections.ExecuteAsync(c, t, "DELETE FROM staff WHERE id = @id", cancellationToken, ("@id", id)) > 0, cancellationToken);

    /// <inheritdoc/>
    public Task<int> FailAsync(string id, Func<int, DateTimeOffset?> lockUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lockUntil);
        return sql.WriteAsync(async (c, t) =>
        {
            // The increment happens in the database, so two instances counting at once lose no failure.
            var counts = await SqlConnections.QueryAsync(c, t, "UPDATE staff SET failures = failures + 1 WHERE id = @id RETURNING failures",
                r => (int)r.GetInt64(0), cancellationToken, ("@id", id));
            if (counts.Count == 0)
            {
                return 0;
            }

            await SqlConnections.ExecuteAsync(c, t, "UPDATE staff SET locked_until = @until WHERE id = @id", cancellationToken,
                ("@until", lockUntil(counts[0])?.ToUnixTimeMilliseconds()), ("@id", id));
            return counts[0];
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task ResetFailuresAsync(string id, CancellationToken cancellationToken) =>
        sql.WriteAsync(
            (c, t) => SqlConnections.ExecuteAsync(c, t, "UPDATE staff SET failures = 0, locked_until = NULL WHERE id = @id", cancellationToken, ("@id", id)),
            cancellationToken);

    private Task<StaffMember?> OneAsync(string where, string value, CancellationToken cancellationToken) =>
        sql.ReadAsync(async c =>
        {
            var rows = await SqlConnections.QueryAsync(c, null, $"SELECT {Columns} FROM staff WHERE {where}", Read, cancellationToken, ("@v", value));
            return rows.Count > 0 ? rows[0] : null;
        }, cancellationToken);

    private static StaffMember Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        UserName = r.GetString(1),
        DisplayName = r.GetString(2),
        FirstName = r.GetString(3),
        Email = SqlConnections.Text(r, 4),
        EntraObjectId = SqlConnections.Text(r, 5),
        PasswordHash = SqlConnections.Text(r, 6),
        Stamp = r.GetString(7),
        Failures = (int)r.GetInt64(8),
        LockedUntil = SqlConnections.Moment(r, 9),
        CreatedAt = SqlConnections.Moment(r, 10) ?? DateTimeOffset.UnixEpoch,
    };
}
