using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace PartnerBot.Storage.Postgres;

/// <summary>A turn's state read (one query) and its writes (one transaction) on PostgreSQL.</summary>
public sealed class PostgresTurnStore(PostgresDatabase database, PostgresTranscriptStore transcripts) : ITurnStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ReadStateAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT key, document FROM bot_state WHERE key_hash = ANY($1)", connection);
        select.Parameters.AddWithValue(keys.Select(Hash).ToArray());
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var key = reader.GetOrdinal("key");
        var document = reader.GetOrdinal("document");
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(key)] = reader.GetString(document);
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task CommitAsync(TurnWrites writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.IsEmpty)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (writes.State.Count > 0)
        {
            // State is last-writer-wins (the turn lock orders a conversation's turns): no ETag on these rows.
            await using var upsert = new NpgsqlCommand(
                """
                INSERT INTO bot_state (key_hash, key, etag, document, updated_at)
                SELECT * FROM unnest($1::bytea[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
                ON CONFLICT (key_hash) DO UPDATE SET etag = NULL, document = excluded.document, updated_at = excluded.updated_at
                """,
                connection,
                transaction);
            var now = DateTimeOffset.UtcNow;
            upsert.Parameters.AddWithValue(writes.State.Keys.Select(Hash).ToArray());
            upsert.Parameters.AddWithValue(writes.State.Keys.ToArray());
            upsert.Parameters.AddWithValue(writes.State.Keys.Select(_ => (string?)null).ToArray());
            upsert.Parameters.AddWithValue(writes.State.Values.ToArray());
            upsert.Parameters.AddWithValue(writes.State.Keys.Select(_ => now).ToArray());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var write in writes.Profiles)
        {
            await PostgresProfileStore.SaveInAsync(connection, transaction, write.Profile, write.Entries, cancellationToken);
        }

        if (writes.Transcript.Count > 0)
        {
            await transcripts.LogInAsync(connection, transaction, writes.Transcript);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The key's address in <c>bot_state</c>, as <see cref="PostgresStorage"/> computes it.</summary>
    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
