using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Bot Framework <see cref="ITranscriptStore"/> in the SQLite file: every activity of a conversation, in order, paged by 20.</summary>
public sealed class SqliteTranscriptStore : ITranscriptStore, ITranscriptBatchLogger
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteTranscriptStore(SqliteDatabase database, TimeProvider? timeProvider = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return LogActivitiesAsync([activity], CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        await _database.WriteAsync((_, transaction) => LogInAsync(transaction, activities, cancellationToken), cancellationToken);
    }

    /// <summary>The write of <see cref="LogActivitiesAsync"/> inside a write transaction of the database (a turn's commit).</summary>
    internal async Task LogInAsync(SqliteTransaction transaction, IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        var rows = activities.Select(activity => (
            Address: TranscriptJson.Address(activity),
            At: DbTime.ToText(activity.Timestamp ?? _timeProvider.GetUtcNow()),
            Activity: activity)).ToList();
        var insert = _database.Prepared(transaction, """
            INSERT INTO transcripts (channel_id, conversation_id, created_at) VALUES ($channel, $conversation, $at) ON CONFLICT DO NOTHING;
            INSERT INTO transcript_activities (channel_id, conversation_id, activity_id, timestamp, document) VALUES ($channel, $conversation, $id, $at, $document)
            """);
        var channel = insert.Parameters.Add("$channel", SqliteType.Text);
        var conversation = insert.Parameters.Add("$conversation", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var document = insert.Parameters.Add("$document", SqliteType.Text);
        foreach (var row in rows)
        {
            var stored = row.Activity;
            if (TranscriptJson.ChangesAnother(stored))
            {
                if (await ReplaceAsync(transaction, row.Address, stored, cancellationToken))
                {
                    continue;
                }

                if (TranscriptJson.Orphan(stored) is not { } orphan)
                {
                    continue;
                }

                stored = orphan;
            }

            channel.Value = row.Address.ChannelId;
            conversation.Value = row.Address.ConversationId;
            at.Value = row.At;
            id.Value = (object?)stored.Id ?? DBNull.Value;
            document.Value = TranscriptJson.Serialize(stored);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Puts what an update or delete leaves in place of the original; false when the transcript does not hold the original.</summary>
    private async Task<bool> ReplaceAsync(SqliteTransaction transaction, (string ChannelId, string ConversationId) address, IActivity change, CancellationToken cancellationToken)
    {
        var find = _database.Prepared(transaction, """
            SELECT seq, document FROM transcript_activities
            WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $id
            ORDER BY seq LIMIT 1
            """);
        find.Parameters.AddWithValue("$channel", address.ChannelId);
        find.Parameters.AddWithValue("$conversation", address.ConversationId);
        find.Parameters.AddWithValue("$id", change.Id);
        long seq;
        string original;
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            (seq, original) = (reader.GetInt64(reader.GetOrdinal("seq")), reader.GetString(reader.GetOrdinal("document")));
        }

        var replace = _database.Prepared(transaction, "UPDATE transcript_activities SET document = $document WHERE seq = $seq");
        replace.Parameters.AddWithValue("$document", TranscriptJson.Serialize(TranscriptJson.Replacement((Activity)TranscriptJson.Deserialize(original), change)));
        replace.Parameters.AddWithValue("$seq", seq);
        await replace.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var after = TranscriptJson.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT timestamp, seq, document FROM transcript_activities
            WHERE channel_id = $channel AND conversation_id = $conversation AND timestamp >= $start
              AND ($afterAt IS NULL OR timestamp > $afterAt OR (timestamp = $afterAt AND seq > $afterSeq))
            ORDER BY timestamp, seq
            LIMIT $limit
            """;
        select.Parameters.AddWithValue("$channel", channelId);
        select.Parameters.AddWithValue("$conversation", conversationId);
        select.Parameters.AddWithValue("$start", DbTime.ToText(startDate));
        select.Parameters.AddWithValue("$afterAt", after is { } a ? DbTime.ToText(a.At) : DBNull.Value);
        select.Parameters.AddWithValue("$afterSeq", after is { } b && long.TryParse(b.TieBreaker, CultureInfo.InvariantCulture, out var seq) ? seq : 0L);
        select.Parameters.AddWithValue("$limit", TranscriptJson.PageSize);

        var rows = new List<(string At, long Seq, string Document)>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(reader.GetOrdinal("timestamp")), reader.GetInt64(reader.GetOrdinal("seq")), reader.GetString(reader.GetOrdinal("document"))));
            }
        }

        var page = rows.Take(TranscriptJson.PageSize).ToList();
        var token = TranscriptJson.NextToken(page, last => TranscriptJson.Token(DbTime.FromText(last.At), last.Seq.ToString(CultureInfo.InvariantCulture)));
        return new PagedResult<IActivity> { Items = page.Select(r => TranscriptJson.Deserialize(r.Document)).ToArray(), ContinuationToken = token };
    }

    /// <inheritdoc/>
    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var after = TranscriptJson.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT conversation_id, created_at FROM transcripts
            WHERE channel_id = $channel
              AND ($afterAt IS NULL OR created_at > $afterAt OR (created_at = $afterAt AND conversation_id > $afterId))
            ORDER BY created_at, conversation_id
            LIMIT $limit
            """;
        select.Parameters.AddWithValue("$channel", channelId);
        select.Parameters.AddWithValue("$afterAt", after is { } a ? DbTime.ToText(a.At) : DBNull.Value);
        select.Parameters.AddWithValue("$afterId", after?.TieBreaker ?? "");
        select.Parameters.AddWithValue("$limit", TranscriptJson.PageSize);

        var items = new List<TranscriptInfo>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(reader.GetOrdinal("conversation_id")), Created = DbTime.FromText(reader.GetString(reader.GetOrdinal("created_at"))) });
        }

        var page = items.Take(TranscriptJson.PageSize).ToArray();
        return new PagedResult<TranscriptInfo> { Items = page, ContinuationToken = TranscriptJson.NextToken(page, last => TranscriptJson.Token(last.Created, last.Id)) };
    }

    /// <inheritdoc/>
    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        await _database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM transcript_activities WHERE channel_id = $channel AND conversation_id = $conversation;
                DELETE FROM transcripts WHERE channel_id = $channel AND conversation_id = $conversation
                """;
            delete.Parameters.AddWithValue("$channel", channelId);
            delete.Parameters.AddWithValue("$conversation", conversationId);
            await delete.ExecuteNonQueryAsync();
        }, CancellationToken.None);
    }
}
