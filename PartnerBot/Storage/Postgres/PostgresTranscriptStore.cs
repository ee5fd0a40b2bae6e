using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Npgsql;
using NpgsqlTypes;

namespace PartnerBot.Storage.Postgres;

/// <summary>Bot Framework <see cref="ITranscriptStore"/> on PostgreSQL: every activity of a conversation, in order, paged by 20.</summary>
public sealed class PostgresTranscriptStore : ITranscriptStore, ITranscriptBatchLogger
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _timeProvider;

    public PostgresTranscriptStore(PostgresDatabase database, TimeProvider? timeProvider = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LogInAsync(connection, transaction, activities);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes <paramref name="activities"/> in their order inside <paramref name="transaction"/> (a turn's commit).</summary>
    internal async Task LogInAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IActivity> activities)
    {
        foreach (var activity in activities)
        {
            var (channelId, conversationId) = TranscriptJson.Address(activity);
            var timestamp = DbTime.ToPostgres(activity.Timestamp ?? _timeProvider.GetUtcNow());
            if (!TranscriptJson.ChangesAnother(activity))
            {
                await InsertAsync(connection, transaction, channelId, conversationId, timestamp, activity);
            }
            else if (!await ReplaceAsync(connection, transaction, channelId, conversationId, activity) && TranscriptJson.Orphan(activity) is { } orphan)
            {
                await InsertAsync(connection, transaction, channelId, conversationId, timestamp, orphan);
            }
        }
    }

    /// <inheritdoc/>
    public async Task LogActivityAsync(IActivity activity)
    {
        var (channelId, conversationId) = TranscriptJson.Address(activity);
        var timestamp = DbTime.ToPostgres(activity.Timestamp ?? _timeProvider.GetUtcNow());
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        if (TranscriptJson.ChangesAnother(activity))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var replaced = await ReplaceAsync(connection, transaction, channelId, conversationId, activity);
            var orphan = replaced ? null : TranscriptJson.Orphan(activity);
            if (orphan is not null)
            {
                await InsertAsync(connection, transaction, channelId, conversationId, timestamp, orphan);
            }

            await transaction.CommitAsync();
            return;
        }

        await InsertAsync(connection, null, channelId, conversationId, timestamp, activity);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string channelId, string conversationId, DateTimeOffset timestamp, IActivity activity)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO transcripts (channel_id, conversation_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                {
                    Parameters = { new() { Value = channelId }, new() { Value = conversationId }, new() { Value = timestamp } },
                },
                new NpgsqlBatchCommand("INSERT INTO transcript_activities (channel_id, conversation_id, activity_id, timestamp, document) VALUES ($1, $2, $3, $4, $5)")
                {
                    Parameters =
                    {
                        new() { Value = channelId },
                        new() { Value = conversationId },
                        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)activity.Id ?? DBNull.Value },
                        new() { Value = timestamp },
                        new() { Value = TranscriptJson.Serialize(activity) },
                    },
                },
            },
        };

        // Without a transaction a batch runs as one implicit transaction.
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>Puts what an update or delete leaves in place of the original; false when the transcript does not hold the original.</summary>
    private static async Task<bool> ReplaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, string conversationId, IActivity change)
    {
        long seq;
        string original;
        await using (var find = new NpgsqlCommand(
            """
            SELECT seq, document FROM transcript_activities
            WHERE channel_id = $1 AND conversation_id = $2 AND activity_id = $3
            ORDER BY seq LIMIT 1 FOR UPDATE
            """,
            connection,
            transaction))
        {
            find.Parameters.AddWithValue(channelId);
            find.Parameters.AddWithValue(conversationId);
            find.Parameters.AddWithValue(change.Id);
            await using var reader = await find.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                return false;
            }

            (seq, original) = (reader.GetInt64(reader.GetOrdinal("seq")), reader.GetString(reader.GetOrdinal("document")));
        }

        await using var replace = new NpgsqlCommand("UPDATE transcript_activities SET document = $1 WHERE seq = $2", connection, transaction);
        replace.Parameters.AddWithValue(TranscriptJson.Serialize(TranscriptJson.Replacement((Activity)TranscriptJson.Deserialize(original), change)));
        replace.Parameters.AddWithValue(seq);
        await replace.ExecuteNonQueryAsync();
        return true;
    }

    /// <inheritdoc/>
    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var after = TranscriptJson.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var select = new NpgsqlCommand(
            """
            SELECT timestamp, seq, document FROM transcript_activities
            WHERE channel_id = $1 AND conversation_id = $2 AND timestamp >= $3
              AND ($4::timestamptz IS NULL OR (timestamp, seq) > ($4, $5))
            ORDER BY timestamp, seq
            LIMIT $6
            """,
            connection);
        select.Parameters.AddWithValue(channelId);
        select.Parameters.AddWithValue(conversationId);
        select.Parameters.AddWithValue(DbTime.ToPostgres(startDate));
        select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = after is { } a ? a.At : DBNull.Value });
        select.Parameters.AddWithValue(after is { } b && long.TryParse(b.TieBreaker, CultureInfo.InvariantCulture, out var seq) ? seq : 0L);
        select.Parameters.AddWithValue(TranscriptJson.PageSize);

        var rows = new List<(DateTimeOffset At, long Seq, string Document)>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("timestamp")), reader.GetInt64(reader.GetOrdinal("seq")), reader.GetString(reader.GetOrdinal("document"))));
            }
        }

        var page = rows.Take(TranscriptJson.PageSize).ToList();
        var token = TranscriptJson.NextToken(page, last => TranscriptJson.Token(last.At, last.Seq.ToString(CultureInfo.InvariantCulture)));
        return new PagedResult<IActivity> { Items = page.Select(r => TranscriptJson.Deserialize(r.Document)).ToArray(), ContinuationToken = token };
    }

    /// <inheritdoc/>
    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var after = TranscriptJson.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var select = new NpgsqlCommand(
            """
            SELECT conversation_id, created_at FROM transcripts
            WHERE channel_id = $1 AND ($2::timestamptz IS NULL OR (created_at, conversation_id COLLATE "C") > ($2, $3 COLLATE "C"))
            ORDER BY created_at, conversation_id COLLATE "C"
            LIMIT $4
            """,
            connection);
        select.Parameters.AddWithValue(channelId);
        select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = after is { } a ? a.At : DBNull.Value });
        select.Parameters.AddWithValue(after?.TieBreaker ?? "");
        select.Parameters.AddWithValue(TranscriptJson.PageSize);

        var items = new List<TranscriptInfo>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(reader.GetOrdinal("conversation_id")), Created = reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("created_at")) });
            }
        }

        var page = items.Take(TranscriptJson.PageSize).ToArray();
        var token = TranscriptJson.NextToken(page, last => TranscriptJson.Token(last.Created, last.Id));
        return new PagedResult<TranscriptInfo> { Items = page, ContinuationToken = token };
    }

    /// <inheritdoc/>
    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM transcript_activities WHERE channel_id = $1 AND conversation_id = $2")
                {
                    Parameters = { new() { Value = channelId }, new() { Value = conversationId } },
                },
                new NpgsqlBatchCommand("DELETE FROM transcripts WHERE channel_id = $1 AND conversation_id = $2")
                {
                    Parameters = { new() { Value = channelId }, new() { Value = conversationId } },
                },
            },
        };
        await batch.ExecuteNonQueryAsync();
    }
}
