using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>A turn's state read (one query) and its writes (one <c>BEGIN IMMEDIATE</c> transaction) in the SQLite file.</summary>
public sealed class SqliteTurnStore(SqliteDatabase database, SqliteProfileStore profiles, SqliteTranscriptStore transcripts, TimeProvider? timeProvider = null) : ITurnStore
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ReadStateAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        return await database.ReadAsync(async connection =>
        {
            // The statement for one and for two keys (conversation and user) is prepared once per connection.
            var select = connection.Prepared($"SELECT key, document FROM bot_state WHERE key IN ({StateKeyList(keys.Count)})");
            var i = 0;
            foreach (var key in keys)
            {
                select.Parameters.AddWithValue("$k" + i++, key);
            }

            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetString(0)] = reader.GetString(1);
            }

            return found;
        }, cancellationToken);
    }

    private static string StateKeyList(int count) => count switch
    {
        1 => "$k0",
        2 => "$k0, $k1",
        _ => string.Join(", ", Enumerable.Range(0, count).Select(i => "$k" + i)),
    };

    /// <inheritdoc/>
    public Task CommitAsync(TurnWrites writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.IsEmpty)
        {
            return Task.CompletedTask;
        }

        var now = DbTime.ToText(_time.GetUtcNow());
        return database.WriteAsync(async (_, transaction) =>
        {
            if (writes.State.Count > 0)
            {
                // State is last-writer-wins (the turn lock orders a conversation's turns): no ETag on these rows.
                var upsert = database.Prepared(transaction, """
                    INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($key, NULL, $document, $now)
                    ON CONFLICT (key) DO UPDATE SET etag = NULL, document = excluded.document, updated_at = excluded.updated_at
                    """);
                var key = upsert.Parameters.Add("$key", SqliteType.Text);
                var document = upsert.Parameters.Add("$document", SqliteType.Text);
                upsert.Parameters.AddWithValue("$now", now);
                foreach (var (name, value) in writes.State)
                {
                    key.Value = name;
                    document.Value = value;
                    await upsert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            foreach (var write in writes.Profiles)
            {
                await profiles.SaveInAsync(transaction, write.Profile, write.Entries, cancellationToken);
            }

            if (writes.Transcript.Count > 0)
            {
                await transcripts.LogInAsync(transaction, writes.Transcript, cancellationToken);
            }
        }, cancellationToken);
    }
}
