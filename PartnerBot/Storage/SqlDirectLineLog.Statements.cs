using System.Data.Common;
using PartnerBot.WebChat;

namespace PartnerBot.Storage;

/// <summary>The statements the log's operations are made of, and how rows and times are read.</summary>
public abstract partial class SqlDirectLineLog
{
    /// <summary>A conversation's row as an append needs it.</summary>
    private sealed record Row(long NextSeq, long Entries, long Bytes, long LastTimestamp);

    private async Task<Row?> RowAsync(DbConnection c, DbTransaction t, string conversationId, CancellationToken cancellationToken)
    {
        var command = Command(c, t, $"SELECT next_seq, entries, bytes, last_timestamp FROM directline_conversations WHERE id = @id{ForUpdate}");
        try
        {
            Add(command, "@id", conversationId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new Row(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)) : null;
        }
        finally
        {
            await Release(command);
        }
    }

    private Task<int> UpdateAsync(DbConnection c, DbTransaction t, string conversationId, long nextSeq, long entries, long bytes, long lastTimestamp, CancellationToken cancellationToken) =>
        ExecuteAsync(c, t, """
            UPDATE directline_conversations SET next_seq = @next, entries = @entries, bytes = @bytes, last_timestamp = @last, last_touched = @now WHERE id = @id
            """, cancellationToken,
            ("@next", nextSeq), ("@entries", entries), ("@bytes", bytes), ("@last", lastTimestamp), ("@now", Ms(time.GetUtcNow())), ("@id", conversationId));

    private async Task RecountAsync(DbConnection c, DbTransaction t, string conversationId, bool erase, CancellationToken cancellationToken)
    {
        var erased = erase ? ", erased = 1, user_name = NULL" : "";
        await ExecuteAsync(c, t, $"""
            UPDATE directline_conversations SET
                entries = (SELECT COUNT(*) FROM directline_activities a WHERE a.conversation_id = @id),
                bytes = (SELECT COALESCE(SUM(a.bytes), 0) FROM directline_activities a WHERE a.conversation_id = @id){erased}
            WHERE id = @id
            """, cancellationToken, ("@id", conversationId));
        await ChangedAsync(c, t, conversationId, cancellationToken);
    }

    private async Task<DirectLineConversationInfo?> FindAsync(DbConnection c, DbTransaction t, string conversationId, CancellationToken cancellationToken)
    {
        var command = Command(c, t, $"SELECT {Columns} FROM directline_conversations c WHERE c.id = @id");
        try
        {
            Add(command, "@id", conversationId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Info(reader) : null;
        }
        finally
        {
            await Release(command);
        }
    }

    /// <summary>How many conversations there are and the bytes they count against the total.</summary>
    private async Task<(long Count, long Used)> TotalAsync(DbConnection c, DbTransaction t, WebChatOptions settings, CancellationToken cancellationToken)
    {
        var command = Command(c, t, $"SELECT COUNT(*), COALESCE(SUM({Greatest}(bytes, @allowance)), 0) FROM directline_conversations");
        try
        {
            Add(command, "@allowance", DirectLineLogLimits.AllowanceBytes(settings));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var count = reader.GetInt64(0);
            return (count, Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) + (count * DirectLineLogLimits.OverheadBytes));
        }
        finally
        {
            await Release(command);
        }
    }

    private async Task<bool> EvictOneUnwatchedAsync(DbConnection c, DbTransaction t, long cutoff, Func<string, bool> watchedHere, CancellationToken cancellationToken)
    {
        // Untouched this long means no instance has a stream open on it (open streams mark it every DirectLineStream.WatchInterval).
        var candidates = await IdsAsync(c, t, "SELECT id FROM directline_conversations WHERE last_touched <= @cutoff ORDER BY last_touched LIMIT 64", cancellationToken, ("@cutoff", cutoff));
        if (candidates.FirstOrDefault(id => !watchedHere(id)) is not { } oldest)
        {
            return false;
        }

        await ExecuteAsync(c, t, "DELETE FROM directline_activities WHERE conversation_id = @id", cancellationToken, ("@id", oldest));
        await ExecuteAsync(c, t, "DELETE FROM directline_conversations WHERE id = @id", cancellationToken, ("@id", oldest));
        logger.LogInformation("Evicted the longest unused Direct Line conversation to make room for a new one.");
        return true;
    }

    private async Task<int> ExecuteAsync(DbConnection c, DbTransaction? t, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(c, t, sql);
        try
        {
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await Release(command);
        }
    }

    private async Task<object?> ScalarAsync(DbConnection c, DbTransaction? t, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(c, t, sql);
        try
        {
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            var result = await command.ExecuteScalarAsync(cancellationToken);
            return result is DBNull ? null : result;
        }
        finally
        {
            await Release(command);
        }
    }

    private async Task<IReadOnlyList<string>> IdsAsync(DbConnection c, DbTransaction? t, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(c, t, sql);
        try
        {
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            var ids = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
        finally
        {
            await Release(command);
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static DirectLineConversationInfo Info(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3))
        {
            Watermark = reader.GetInt64(4),
            Erased = reader.GetInt64(5) != 0,
            LastTouched = FromMs(reader.GetInt64(6)),
            Bytes = reader.GetInt64(7),
        };

    private static long Ms(DateTimeOffset at) => DirectLineStamp.ToUnixMs(at);

    private static DateTimeOffset FromMs(long ms) => DirectLineStamp.FromUnixMs(ms);
}
