using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Postgres;

/// <summary>Partner profiles and their append-only entries on PostgreSQL (tables <c>profiles</c>, <c>profile_entries</c>).</summary>
/// <remarks>Instants are kept to the microsecond, PostgreSQL's precision.</remarks>
public sealed class PostgresProfileStore : IProfileStore
{
    private readonly PostgresDatabase _database;

    public PostgresProfileStore(PostgresDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    /// <inheritdoc/>
    public async Task SaveAsync(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(newEntries);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await SaveInAsync(connection, null, profile, newEntries, cancellationToken);
    }

    /// <summary>The save of <see cref="SaveAsync"/> on <paramref name="connection"/>, in <paramref name="transaction"/> when given (a turn's commit).</summary>
    internal static async Task SaveInAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var upsert = new NpgsqlBatchCommand($"""
            INSERT INTO profiles ({ProfileColumns.Select}) VALUES ({string.Join(", ", ProfileColumns.Names.Select((_, i) => $"${i + 1}"))})
            ON CONFLICT (id) DO UPDATE SET {string.Join(", ", ProfileColumns.Updated.Select(n => $"{n} = excluded.{n}"))}
            """);
        var values = ProfileColumns.Values(profile, t => DbTime.ToPostgres(t));
        foreach (var value in values)
        {
            upsert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        // Typed nulls: PostgreSQL cannot infer a type from an untyped null; every column is text but the instants.
        for (var i = 0; i < ProfileColumns.Names.Length; i++)
        {
            upsert.Parameters[i].NpgsqlDbType = ProfileColumns.Names[i] is "consent_at" or "created_at" or "updated_at" ? NpgsqlDbType.TimestampTz : NpgsqlDbType.Text;
        }

        batch.BatchCommands.Add(upsert);
        foreach (var entry in newEntries)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO profile_entries (profile_id, slot, text, value, at, conversation_id, channel_id, activity_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT DO NOTHING
                """)
            {
                Parameters =
                {
                    new() { Value = profile.Id },
                    new() { Value = entry.Slot },
                    new() { Value = entry.Text },
                    new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)entry.Value ?? DBNull.Value },
                    new() { Value = DbTime.ToPostgres(entry.At) },
                    new() { Value = entry.ConversationId },
                    new() { Value = entry.ChannelId },
                    new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)entry.ActivityId ?? DBNull.Value },
                },
            });
        }

        // Without a transaction a batch is one implicit transaction: the header and every entry, or nothing.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT {ProfileColumns.Select} FROM profiles WHERE id = $1") { Parameters = { new() { Value = id } } },
                new NpgsqlBatchCommand("SELECT slot, text, value, at, conversation_id, channel_id, activity_id FROM profile_entries WHERE profile_id = $1 ORDER BY at, seq")
                {
                    Parameters = { new() { Value = id } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
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
                Text("slot")!, Text("text")!, Text("value"), reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("at")), Text("conversation_id")!, Text("channel_id")!, Text("activity_id")));
        }

        return profile;
    }

    /// <summary>1 for a profile whose timeframe is urgent, else 0.</summary>
    private const string UrgentExpression = "CASE WHEN answers::jsonb #>> '{timeframe,urgent}' = 'true' THEN 1 ELSE 0 END";

    /// <inheritdoc/>
    public async Task<ProfilePage> QueryAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<NpgsqlParameter>();
        var where = ProfileFilter.Where(
            query,
            value =>
            {
                parameters.Add(new NpgsqlParameter { Value = value });
                return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            },
            instant => DbTime.ToPostgres(instant),
            // strpos on lower() rather than ILIKE: the owner's text is matched literally, % and _ included.
            text => $"strpos(lower(search_text), lower({text})) > 0");

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var count = new NpgsqlBatchCommand($"SELECT count(*) AS total FROM profiles {where}");
        count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var page = new NpgsqlBatchCommand($"""
            SELECT {ProfileColumns.Select} FROM profiles {where}
            {ProfileFilter.OrderBy(query, UrgentExpression, "updated_at DESC, id COLLATE \"C\" DESC")}
            LIMIT ${parameters.Count + 1} OFFSET ${parameters.Count + 2}
            """);
        page.Parameters.AddRange(parameters.ToArray());
        page.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, query.Take) });
        page.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, query.Skip) });
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(page);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ProfileColumns.ReadPageAsync(reader, Instant, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> FindIdsByCustomerAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT id FROM profiles WHERE user_id = $1 AND channel_id = $2 ORDER BY created_at, id", connection);
        select.Parameters.AddWithValue(userId);
        select.Parameters.AddWithValue(channelId);
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(reader.GetOrdinal("id")));
        }

        return ids;
    }

    /// <inheritdoc/>
    public async Task<bool> SetFollowUpAsync(string id, string followUp, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = new NpgsqlCommand("UPDATE profiles SET follow_up = $1 WHERE id = $2", connection);
        update.Parameters.AddWithValue(followUp);
        update.Parameters.AddWithValue(id);
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var delete = new NpgsqlCommand("DELETE FROM profiles WHERE id = $1", connection);
        delete.Parameters.AddWithValue(id);

        // profile_entries goes with it (ON DELETE CASCADE).
        return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PartnerProfile>> PurgeAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var purge = new NpgsqlCommand(
            $"DELETE FROM profiles WHERE updated_at < $1 OR (status = $2 AND updated_at < $3) RETURNING {ProfileColumns.Select}", connection);
        purge.Parameters.AddWithValue(DbTime.ToPostgres(allBefore));
        purge.Parameters.AddWithValue(ProfileStatus.InProgress);
        purge.Parameters.AddWithValue(DbTime.ToPostgres(incompleteBefore));
        var removed = new List<PartnerProfile>();
        await using var reader = await purge.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            removed.Add(Read(reader));
        }

        return removed;
    }

    private static DateTimeOffset Instant(System.Data.Common.DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static PartnerProfile Read(NpgsqlDataReader reader) => ProfileColumns.Read(reader, Instant);
}
