using System.Data.Common;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.WebChat;

namespace PartnerBot.Storage;

/// <summary>The website chat's log in SQL tables (<c>directline_conversations</c>, <c>directline_activities</c>,
/// <c>directline_revocations</c>), the same statements for SQLite and PostgreSQL; the providers say how to write and read.</summary>
/// <remarks>Every append is one short transaction that takes the conversation's row first (PostgreSQL: <c>FOR UPDATE</c>; SQLite
/// has one writer), so sequence numbers are given in commit order and a reader that sees entry N sees every entry before it.
/// A conversation counts <c>max(bytes, allowance)</c> plus its overhead against <see cref="WebChatOptions.MaxTotalBytes"/>, as in
/// memory; the total is summed only when a conversation grows past its allowance, so ordinary appends touch one row.
/// The class is split in two files (partial) because both halves run on the provider's command hooks: the operations of
/// <see cref="IDirectLineLog"/> here, the statements and row readers they are made of in <c>SqlDirectLineLog.Statements.cs</c>.</remarks>
public abstract partial class SqlDirectLineLog(IOptions<WebChatOptions> options, TimeProvider time, ILogger logger) : IDirectLineLog
{
    private const string Columns = "c.id, c.user_id, c.user_name, c.locale, c.next_seq, c.erased, c.last_touched, c.bytes";

    /// <summary>Runs <paramref name="work"/> in one write transaction.</summary>
    protected abstract Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a connection for reading.</summary>
    protected abstract Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>A command for <paramref name="sql"/>; <see cref="Release"/> gives it back.</summary>
    protected abstract DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql);

    /// <summary>Gives a command back (disposes it unless the provider keeps it prepared).</summary>
    protected abstract ValueTask Release(DbCommand command);

    /// <summary>The SQL function of the larger of two values (<c>MAX</c> in SQLite, <c>GREATEST</c> in PostgreSQL).</summary>
    protected abstract string Greatest { get; }

    /// <summary>What makes a <c>SELECT</c> lock the conversation's row for the transaction ("" where there is one writer).</summary>
    protected virtual string ForUpdate => "";

    /// <summary>Called in a creation's transaction before anything is read, to serialise creations across instances.</summary>
    protected virtual Task LockCreationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called in the transaction of every change to a conversation's activities (wake the other instances).</summary>
    protected virtual Task ChangedAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public virtual Task BroadcastAsync(string conversationId, string json, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<(DirectLineCreation Outcome, DirectLineConversationInfo? Conversation)> CreateAsync(
        DirectLineConversationInfo conversation, Func<string, bool> watchedHere, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(watchedHere);
        return WriteAsync<(DirectLineCreation, DirectLineConversationInfo?)>(async (c, t) =>
        {
            await LockCreationsAsync(c, t, cancellationToken);
            if (await FindAsync(c, t, conversation.Id, cancellationToken) is { } existing)
            {
                return (DirectLineCreation.Existed, existing);
            }

            var settings = options.Value;
            var now = time.GetUtcNow();
            await ExecuteAsync(c, t, "DELETE FROM directline_conversations WHERE last_touched < @cutoff", cancellationToken,
                ("@cutoff", Ms(now - settings.ConversationIdleTimeout)));
            while (true)
            {
                var (count, used) = await TotalAsync(c, t, settings, cancellationToken);
                if (count < settings.MaxConversations && used + DirectLineLogLimits.ReservedBytes(settings) <= settings.MaxTotalBytes)
                {
                    break;
                }

                if (!await EvictOneUnwatchedAsync(c, t, Ms(now - settings.MinIdleBeforeEviction), watchedHere, cancellationToken))
                {
                    logger.LogWarning(
                        "Refused a new Direct Line conversation: {Count} conversations holding {Bytes} bytes are all in use (limits {MaxConversations}, {MaxTotalBytes} bytes).",
                        count, used, settings.MaxConversations, settings.MaxTotalBytes);
                    return (DirectLineCreation.Full, null);
                }
            }

            await ExecuteAsync(c, t, """
                INSERT INTO directline_conversations (id, user_id, user_name, locale, next_seq, entries, bytes, erased, last_timestamp, last_touched)
                VALUES (@id, @user, @name, @locale, 0, 0, 0, 0, 0, @now)
                """, cancellationToken, ("@id", conversation.Id), ("@user", conversation.UserId), ("@name", conversation.UserName), ("@locale", conversation.Locale), ("@now", Ms(now)));
            return (DirectLineCreation.Created, conversation with { LastTouched = FromMs(Ms(now)) });
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DirectLineLookup> LookupAsync(string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(async c =>
        {
            var command = Command(c, null, $"""
                SELECT {Columns}, r.revoked_at FROM (SELECT @id AS id) k
                LEFT JOIN directline_conversations c ON c.id = k.id LEFT JOIN directline_revocations r ON r.conversation_id = k.id
                """);
            try
            {
                Add(command, "@id", conversationId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return new DirectLineLookup(null, null);
                }

                return new DirectLineLookup(reader.IsDBNull(0) ? null : Info(reader), reader.IsDBNull(8) ? null : FromMs(reader.GetInt64(8)));
            }
            finally
            {
                await Release(command);
            }
        }, cancellationToken);

    /// <inheritdoc/>
    public Task TouchAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => ExecuteAsync(c, t, "UPDATE directline_conversations SET last_touched = @now WHERE id = @id", cancellationToken,
            ("@now", Ms(time.GetUtcNow())), ("@id", conversationId)), cancellationToken);

    /// <inheritdoc/>
    public Task<(string Id, bool Added)?> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return WriteAsync<(string, bool)?>(async (c, t) =>
        {
            if (await RowAsync(c, t, conversationId, cancellationToken) is not { } row)
            {
                return null;
            }

            if (clientActivityId is not null && await ScalarAsync(c, t,
                "SELECT activity_id FROM directline_activities WHERE conversation_id = @id AND client_activity_id = @client", cancellationToken,
                ("@id", conversationId), ("@client", clientActivityId)) is string existing)
            {
                return (existing, false);
            }

            var timestamp = DirectLineStamp.Next(time.GetUtcNow(), FromMs(row.LastTimestamp));
            var json = DirectLineStamp.Apply(activity, conversationId, row.NextSeq, timestamp);
            await InsertAsync(c, t, conversationId, row, activity.Id, clientActivityId, timestamp, json, cancellationToken);
            return (activity.Id, true);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return WriteAsync(async (c, t) =>
        {
            if (await RowAsync(c, t, conversationId, cancellationToken) is not { } row
                || await ScalarAsync(c, t, "SELECT timestamp FROM directline_activities WHERE conversation_id = @id AND activity_id = @activity ORDER BY seq DESC LIMIT 1",
                    cancellationToken, ("@id", conversationId), ("@activity", activityId)) is not long original)
            {
                return false;
            }

            // The original timestamp keeps the updated activity where it was in the transcript.
            activity.Id = activityId;
            activity.Timestamp = FromMs(original);
            await InsertAsync(c, t, conversationId, row, activityId, null, FromMs(original), DirectLineJson.Serialize(activity), cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            var deleted = await ExecuteAsync(c, t, "DELETE FROM directline_activities WHERE conversation_id = @id AND activity_id = @activity", cancellationToken,
                ("@id", conversationId), ("@activity", activityId));
            await RecountAsync(c, t, conversationId, erase: false, cancellationToken);
            return deleted > 0;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<DirectLinePage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        ReadAsync(async c =>
        {
            // One statement, one snapshot: the watermark belongs to exactly the entries read with it.
            var command = Command(c, null, """
                SELECT c.next_seq, a.seq, a.document FROM directline_conversations c
                LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.seq >= @watermark
                WHERE c.id = @id ORDER BY a.seq
                """);
            try
            {
                Add(command, "@id", conversationId);
                Add(command, "@watermark", watermark);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                long? next = null;
                var entries = new List<(long, string)>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    next = reader.GetInt64(0);
                    if (!reader.IsDBNull(1))
                    {
                        entries.Add((reader.GetInt64(1), reader.GetString(2)));
                    }
                }

                return next is null ? null : new DirectLinePage(entries, next.Value);
            }
            finally
            {
                await Release(command);
            }
        }, cancellationToken);

    /// <inheritdoc/>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            await ExecuteAsync(c, t, "DELETE FROM directline_activities WHERE conversation_id = @id", cancellationToken, ("@id", conversationId));
            await RecountAsync(c, t, conversationId, erase: true, cancellationToken);
            return true;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            await ExecuteAsync(c, t, "DELETE FROM directline_activities WHERE conversation_id = @id", cancellationToken, ("@id", conversationId));
            var removed = await ExecuteAsync(c, t, "DELETE FROM directline_conversations WHERE id = @id", cancellationToken, ("@id", conversationId)) > 0;
            await ChangedAsync(c, t, conversationId, cancellationToken);
            return removed;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task RevokeAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => ExecuteAsync(c, t, """
            INSERT INTO directline_revocations (conversation_id, revoked_at) VALUES (@id, @at)
            ON CONFLICT (conversation_id) DO UPDATE SET revoked_at = excluded.revoked_at
            """, cancellationToken, ("@id", conversationId), ("@at", Ms(time.GetUtcNow()))), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> OfUserAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(c => IdsAsync(c, null, "SELECT id FROM directline_conversations WHERE user_id = @user", cancellationToken, ("@user", userId)), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> EvictIdleAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            // A revocation outlives every token it could refuse by at most the chain's bound.
            await ExecuteAsync(c, t, "DELETE FROM directline_revocations WHERE revoked_at < @expired", cancellationToken,
                ("@expired", Ms(time.GetUtcNow() - options.Value.TokenMaxLifetime)));
            return await IdsAsync(c, t, "DELETE FROM directline_conversations WHERE last_touched < @cutoff RETURNING id", cancellationToken, ("@cutoff", Ms(before)));
        }, cancellationToken);

    private async Task InsertAsync(
        DbConnection c, DbTransaction t, string conversationId, Row row, string activityId, string? clientActivityId, DateTimeOffset timestamp, string json, CancellationToken cancellationToken)
    {
        var size = Encoding.UTF8.GetByteCount(json) + activityId.Length + 64L;
        await ExecuteAsync(c, t, """
            INSERT INTO directline_activities (conversation_id, seq, activity_id, client_activity_id, timestamp, bytes, document)
            VALUES (@id, @seq, @activity, @client, @timestamp, @bytes, @document)
            """, cancellationToken,
            ("@id", conversationId), ("@seq", row.NextSeq), ("@activity", activityId), ("@client", clientActivityId), ("@timestamp", Ms(timestamp)), ("@bytes", size), ("@document", json));
        var (entries, bytes) = (row.Entries + 1, row.Bytes + size);
        await UpdateAsync(c, t, conversationId, row.NextSeq + 1, entries, bytes, Math.Max(row.LastTimestamp, Ms(timestamp)), cancellationToken);
        var trimmed = await TrimAsync(c, t, conversationId, entries, bytes, cancellationToken);
        if (trimmed != (entries, bytes))
        {
            await UpdateAsync(c, t, conversationId, row.NextSeq + 1, trimmed.Entries, trimmed.Bytes, Math.Max(row.LastTimestamp, Ms(timestamp)), cancellationToken);
        }

        await ChangedAsync(c, t, conversationId, cancellationToken);
    }

    /// <summary>Removes the oldest entries past the bounds (never the newest); returns what is left.</summary>
    private async Task<(long Entries, long Bytes)> TrimAsync(DbConnection c, DbTransaction t, string conversationId, long entries, long bytes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var allowance = DirectLineLogLimits.AllowanceBytes(settings);
        var excess = 0L;
        if (bytes > allowance)
        {
            var (_, used) = await TotalAsync(c, t, settings, cancellationToken);
            excess = used - settings.MaxTotalBytes;
        }

        bool Over() => entries > settings.MaxActivitiesPerConversation || bytes > settings.MaxConversationBytes || (excess > 0 && bytes > allowance);
        if (entries <= 1 || !Over())
        {
            return (entries, bytes);
        }

        var oldest = new List<(long Seq, long Bytes)>();
        var select = Command(c, t, "SELECT seq, bytes FROM directline_activities WHERE conversation_id = @id ORDER BY seq LIMIT @take");
        try
        {
            Add(select, "@id", conversationId);
            Add(select, "@take", entries - 1);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                oldest.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }
        finally
        {
            await Release(select);
        }

        long? cutoff = null;
        foreach (var entry in oldest)
        {
            if (!Over())
            {
                break;
            }

            excess -= Math.Min(entry.Bytes, Math.Max(0, bytes - allowance));
            (entries, bytes, cutoff) = (entries - 1, bytes - entry.Bytes, entry.Seq);
        }

        if (cutoff is { } last)
        {
            await ExecuteAsync(c, t, "DELETE FROM directline_activities WHERE conversation_id = @id AND seq <= @cutoff", cancellationToken, ("@id", conversationId), ("@cutoff", last));
        }

        return (entries, bytes);
    }
}
