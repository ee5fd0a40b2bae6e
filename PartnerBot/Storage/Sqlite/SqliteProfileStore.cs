using Microsoft.Data.Sqlite;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Partner profiles and their append-only entries in the SQLite file (tables <c>profiles</c>, <c>profile_entries</c>).</summary>
public sealed class SqliteProfileStore : IProfileStore
{
    private const string ContainsFunction = "pb_contains";

    private static readonly string UpsertSql = $"""
        INSERT INTO profiles ({ProfileColumns.Select}) VALUES ({string.Join(", ", ProfileColumns.Names.Select(n => "$" + n))})
        ON CONFLICT (id) DO UPDATE SET {string.Join(", ", ProfileColumns.Updated.Select(n => $"{n} = excluded.{n}"))}
        """;
    private readonly SqliteDatabase _database;

    public SqliteProfileStore(SqliteDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    /// <inheritdoc/>
    public async Task SaveAsync(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(newEntries);
        await _database.WriteAsync((_, transaction) => SaveInAsync(transaction, profile, newEntries, cancellationToken), cancellationToken);
    }

    /// <summary>The save of <see cref="SaveAsync"/> inside a write transaction of the database (a turn's commit).</summary>
    internal async Task SaveInAsync(SqliteTransaction transaction, PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken)
    {
        {
            var upsert = _database.Prepared(transaction, UpsertSql);
            var values = ProfileColumns.Values(profile, t => DbTime.ToText(t));
            for (var i = 0; i < values.Length; i++)
            {
                upsert.Parameters.AddWithValue("$" + ProfileColumns.Names[i], values[i] ?? DBNull.Value);
            }

            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (newEntries.Count > 0)
        {
            var insert = _database.Prepared(transaction, """
                INSERT INTO profile_entries (profile_id, slot, text, value, at, conversation_id, channel_id, activity_id)
                VALUES ($profile, $slot, $text, $value, $at, $conversation, $channel, $activity)
                ON CONFLICT DO NOTHING
                """);
            insert.Parameters.AddWithValue("$profile", profile.Id);
            var slot = insert.Parameters.Add("$slot", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            var value = insert.Parameters.Add("$value", SqliteType.Text);
            var at = insert.Parameters.Add("$at", SqliteType.Text);
            var conversation = insert.Parameters.Add("$conversation", SqliteType.Text);
            var channel = insert.Parameters.Add("$channel", SqliteType.Text);
            var activity = insert.Parameters.Add("$activity", SqliteType.Text);
            foreach (var entry in newEntries)
            {
                slot.Value = entry.Slot;
                text.Value = entry.Text;
                value.Value = (object?)entry.Value ?? DBNull.Value;
                at.Value = DbTime.ToText(entry.At);
                conversation.Value = entry.ConversationId;
                channel.Value = entry.ChannelId;
                activity.Value = (object?)entry.ActivityId ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"""
            SELECT {ProfileColumns.Select} FROM profiles WHERE id = $id;
            SELECT slot, text, value, at, conversation_id, channel_id, activity_id FROM profile_entries WHERE profile_id = $id ORDER BY at, seq
            """;
        select.Parameters.AddWithValue("$id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var profile = Read(reader);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetString(reader.GetOrdinal(column));
            profile.Entries.Add(new ProfileEntry(
                Text("slot")!, Text("text")!, Text("value"), DbTime.FromText(Text("at")!), Text("conversation_id")!, Text("channel_id")!, Text("activity_id")));
        }

        return profile;
    }

    /// <summary>1 for a profile whose timeframe is urgent (JSON true reads as 1), else 0.</summary>
    private const string UrgentExpression = "coalesce(json_extract(answers, '$.timeframe.urgent'), 0)";

    /// <inheritdoc/>
    public async Task<ProfilePage> QueryAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken);
        connection.CreateFunction<string?, string, bool>(ContainsFunction, (field, text) => field is not null && field.Contains(text, StringComparison.OrdinalIgnoreCase), isDeterministic: true);

        await using var select = connection.CreateCommand();
        var where = ProfileFilter.Where(
            query,
            value => select.Parameters.AddWithValue($"$p{select.Parameters.Count + 1}", value).ParameterName,
            instant => DbTime.ToText(instant),
            text => $"{ContainsFunction}(search_text, {text})");

        select.CommandText = $"""
            SELECT count(*) AS total FROM profiles {where};
            SELECT {ProfileColumns.Select} FROM profiles {where} {ProfileFilter.OrderBy(query, UrgentExpression, "updated_at DESC, id DESC")} LIMIT $take OFFSET $skip
            """;
        select.Parameters.AddWithValue("$take", Math.Max(0, query.Take));
        select.Parameters.AddWithValue("$skip", Math.Max(0, query.Skip));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await ProfileColumns.ReadPageAsync(reader, Instant, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> FindIdsByCustomerAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT id FROM profiles WHERE user_id = $user AND channel_id = $channel ORDER BY created_at, id";
        select.Parameters.AddWithValue("$user", userId);
        select.Parameters.AddWithValue("$channel", channelId);
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(reader.GetOrdinal("id")));
        }

        return ids;
    }

    /// <inheritdoc/>
    public Task<bool> SetFollowUpAsync(string id, string followUp, CancellationToken cancellationToken)
    {
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE profiles SET follow_up = $followUp WHERE id = $id";
            update.Parameters.AddWithValue("$followUp", followUp);
            update.Parameters.AddWithValue("$id", id);
            return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM profile_entries WHERE profile_id = $id; DELETE FROM profiles WHERE id = $id";
            delete.Parameters.AddWithValue("$id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
            await using var changes = connection.CreateCommand();
            changes.Transaction = transaction;
            changes.CommandText = "SELECT changes()";
            return (long)(await changes.ExecuteScalarAsync(cancellationToken))! > 0;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PartnerProfile>> PurgeAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken)
    {
        return _database.WriteAsync<IReadOnlyList<PartnerProfile>>(async (connection, transaction) =>
        {
            await using var purge = connection.CreateCommand();
            purge.Transaction = transaction;
            const string expired = "updated_at < $all OR (status = $inProgress AND updated_at < $incomplete)";
            purge.CommandText = $"""
                DELETE FROM profile_entries WHERE profile_id IN (SELECT id FROM profiles WHERE {expired});
                DELETE FROM profiles WHERE {expired} RETURNING {ProfileColumns.Select}
                """;
            purge.Parameters.AddWithValue("$all", DbTime.ToText(allBefore));
            purge.Parameters.AddWithValue("$incomplete", DbTime.ToText(incompleteBefore));
            purge.Parameters.AddWithValue("$inProgress", ProfileStatus.InProgress);
            var removed = new List<PartnerProfile>();
            await using (var reader = await purge.ExecuteReaderAsync(cancellationToken))
            {
                do
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        removed.Add(Read(reader));
                    }
                }
                while (await reader.NextResultAsync(cancellationToken));
            }

            return removed;
        }, cancellationToken);
    }

    private static DateTimeOffset Instant(System.Data.Common.DbDataReader reader, int ordinal) => DbTime.FromText(reader.GetString(ordinal));

    private static PartnerProfile Read(SqliteDataReader reader) => ProfileColumns.Read(reader, Instant);
}
