using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;

namespace PartnerBot.Storage.Postgres;

/// <summary>Bot Framework <see cref="IStorage"/> on PostgreSQL: the contract of the SDK's MemoryStorage, shared by every instance.</summary>
/// <remarks>A write batch is one transaction; the ETag check is part of the upsert, so two instances cannot both win.</remarks>
public sealed class PostgresStorage : IStorage
{
    private readonly PostgresDatabase _database;
    private readonly JsonSerializer _serializer;

    /// <param name="serializer">Defaults to MemoryStorage's settings; pass one with <c>TypeNameHandling.All</c> to get typed objects back.</param>
    public PostgresStorage(PostgresDatabase database, JsonSerializer? serializer = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _serializer = serializer ?? StateJson.CreateDefaultSerializer();
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT key, document FROM bot_state WHERE key_hash = ANY($1)", connection);
        select.Parameters.AddWithValue(keys.Select(Hash).ToArray());
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items[reader.GetString(reader.GetOrdinal("key"))] = StateJson.Read(reader.GetString(reader.GetOrdinal("document")), _serializer);
        }

        return items;
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var prepared = changes.Select(c => StateJson.Prepare(c.Key, c.Value, _serializer)).ToList();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var change in prepared)
        {
            if (change.Document is null)
            {
                await DeleteAsync(connection, transaction, [change.Key], cancellationToken);
                continue;
            }

            await using var upsert = new NpgsqlCommand(
                """
                INSERT INTO bot_state (key_hash, key, etag, document, updated_at) VALUES ($1, $2, $3, $4, now())
                ON CONFLICT (key_hash) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at
                WHERE NOT $5 OR bot_state.etag IS NULL OR bot_state.etag IS NOT DISTINCT FROM $6
                """,
                connection,
                transaction);
            upsert.Parameters.AddWithValue(Hash(change.Key));
            upsert.Parameters.AddWithValue(change.Key);
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)change.NewEtag ?? DBNull.Value });
            upsert.Parameters.AddWithValue(change.Document);
            upsert.Parameters.AddWithValue(change.CheckEtag);
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)change.ExpectedEtag ?? DBNull.Value });
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var current = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key_hash = $1", connection, transaction);
                current.Parameters.AddWithValue(Hash(change.Key));
                throw new EtagConflictException(change.Key, change.ExpectedEtag, await current.ExecuteScalarAsync(cancellationToken) as string);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await DeleteAsync(connection, null, keys, cancellationToken);
    }

    private static async Task DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string[] keys, CancellationToken cancellationToken)
    {
        await using var delete = new NpgsqlCommand("DELETE FROM bot_state WHERE key_hash = ANY($1)", connection, transaction);
        delete.Parameters.AddWithValue(keys.Select(Hash).ToArray());
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
