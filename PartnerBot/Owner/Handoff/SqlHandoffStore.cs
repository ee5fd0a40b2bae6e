using System.Data.Common;
using PartnerBot.Storage;

namespace PartnerBot.Owner.Handoff;

/// <summary>Handoffs in the <c>handoffs</c> table and presence in <c>handoff_presence</c>, the same statements for SQLite and PostgreSQL.</summary>
/// <remarks>A change is one <c>UPDATE … WHERE version = @version</c>: of two staff members taking over at once, exactly one changes a row.</remarks>
public sealed class SqlHandoffStore(SqlConnections sql) : IHandoffStore
{
    private const string Columns =
        "id, channel_id, conversation_id, status, version, holder_id, holder_name, customer_name, locale, reference, requested_at, updated_at";

    /// <inheritdoc/>
    public Task<HandoffChat?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        sql.ReadAsync(c => OneAsync(c, null, "channel_id = @channel AND conversation_id = @conversation", cancellationToken,
            ("@channel", channelId), ("@conversation", conversationId)), cancellationToken);

    /// <inheritdoc/>
    public Task<HandoffChat?> GetAsync(string id, CancellationToken cancellationToken) =>
        sql.ReadAsync(c => OneAsync(c, null, "id = @id", cancellationToken, ("@id", id)), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<HandoffChat>> OpenAsync(CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyList<HandoffChat>>(async c => await SqlConnections.QueryAsync(c, null,
            $"SELECT {Columns} FROM handoffs WHERE status IN ('waiting', 'held') ORDER BY requested_at, id", Read, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<HandoffChat> RequestAsync(HandoffChat waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return sql.WriteAsync(async (c, t) =>
        {
            var at = waiting.RequestedAt.ToUnixTimeMilliseconds();
            (string, object?)[] values =
            [
                ("@id", waiting.Id), ("@channel", waiting.ChannelId), ("@conversation", waiting.ConversationId), ("@customer", waiting.CustomerName),
                ("@locale", waiting.Locale), ("@reference", waiting.Reference), ("@at", at),
            ];
            // Two instances asking at once: the insert of one is a no-op for the other, and the update only wakes a closed handoff.
            await SqlConnections.ExecuteAsync(c, t, $"""
                INSERT INTO handoffs ({Columns})
                VALUES (@id, @channel, @conversation, 'waiting', 1, NULL, NULL, @customer, @locale, @reference, @at, @at)
                ON CONFLICT (channel_id, conversation_id) DO NOTHING
                """, cancellationToken, values);
            await SqlConnections.ExecuteAsync(c, t, """
                UPDATE handoffs SET status = 'waiting', version = version + 1, holder_id = NULL, holder_name = NULL, customer_name = @customer,
                    locale = @locale, reference = @reference, requested_at = @at, updated_at = @at
                WHERE channel_id = @channel AND conversation_id = @conversation AND status NOT IN ('waiting', 'held')
                """, cancellationToken, values);
            return (await OneAsync(c, t, "channel_id = @channel AND conversation_id = @conversation", cancellationToken,
                ("@channel", waiting.ChannelId), ("@conversation", waiting.ConversationId)))!;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> ChangeAsync(HandoffChat changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return sql.WriteAsync(async (c, t) => await SqlConnections.ExecuteAsync(c, t, """
            UPDATE handoffs SET status = @status, version = version + 1, holder_id = @holder, holder_name = @holderName, updated_at = @now
            WHERE id = @id AND version = @version
            """, cancellationToken,
            ("@status", Name(changed.Status)), ("@holder", changed.HolderId), ("@holderName", changed.HolderName), ("@now", now.ToUnixTimeMilliseconds()),
            ("@id", changed.Id), ("@version", changed.Version)) == 1, cancellationToken);
    }

    /// <inheritdoc/>
    public Task RemoveAsync(IEnumerable<(string ChannelId, string ConversationId)> conversations, CancellationToken cancellationToken)
    {
        var list = conversations.ToList();
        return sql.WriteAsync(async (c, t) =>
        {
            foreach (var (channel, conversation) in list)
            {
                await SqlConnections.ExecuteAsync(c, t, "DELETE FROM handoffs WHERE channel_id = @channel AND conversation_id = @conversation",
                    cancellationToken, ("@channel", channel), ("@conversation", conversation));
            }

            return list.Count;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task TouchPresenceAsync(string viewerId, DateTimeOffset until, CancellationToken cancellationToken) =>
        sql.WriteAsync((c, t) => SqlConnections.ExecuteAsync(c, t, """
            INSERT INTO handoff_presence (viewer_id, seen_until) VALUES (@viewer, @until)
            ON CONFLICT (viewer_id) DO UPDATE SET seen_until = excluded.seen_until
            """, cancellationToken, ("@viewer", viewerId), ("@until", until.ToUnixTimeMilliseconds())), cancellationToken);

    /// <inheritdoc/>
    public Task<bool> AnyonePresentAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        sql.ReadAsync(async c => (await SqlConnections.QueryAsync(c, null, "SELECT viewer_id FROM handoff_presence WHERE seen_until > @now LIMIT 1",
            r => r.GetString(0), cancellationToken, ("@now", now.ToUnixTimeMilliseconds()))).Count > 0, cancellationToken);

    /// <summary>The status as stored.</summary>
    public static string Name(HandoffStatus status) => status.ToString().ToLowerInvariant();

    private static async Task<HandoffChat?> OneAsync(DbConnection c, DbTransaction? t, string where, CancellationToken cancellationToken, params (string, object?)[] values)
    {
        var rows = await SqlConnections.QueryAsync(c, t, $"SELECT {Columns} FROM handoffs WHERE {where}", Read, cancellationToken, values);
        return rows.Count > 0 ? rows[0] : null;
    }

    private static HandoffChat Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        ChannelId = r.GetString(1),
        ConversationId = r.GetString(2),
        Status = Enum.Parse<HandoffStatus>(r.GetString(3), ignoreCase: true),
        Version = r.GetInt64(4),
        HolderId = SqlConnections.Text(r, 5),
        HolderName = SqlConnections.Text(r, 6),
        CustomerName = SqlConnections.Text(r, 7),
        Locale = r.GetString(8),
        Reference = r.GetString(9),
        RequestedAt = SqlConnections.Moment(r, 10) ?? DateTimeOffset.UnixEpoch,
        UpdatedAt = SqlConnections.Moment(r, 11) ?? DateTimeOffset.UnixEpoch,
    };
}
