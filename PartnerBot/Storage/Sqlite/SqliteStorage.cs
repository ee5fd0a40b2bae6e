using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace PartnerBot.Storage.Sqlite;

/// <summary>Bot Framework <see cref="IStorage"/> in the SQLite file: the contract of the SDK's MemoryStorage, durable.</summary>
/// <remarks>A write batch is one transaction: a stale ETag anywhere leaves every key of the batch as it was.</remarks>
public sealed class SqliteStorage : IStorage
{
    private readonly SqliteDatabase _database;
    private readonly JsonSerializer _serializer;

    /// <param name="serializer">Defaults to MemoryStorage's settings; pass one with <c>TypeNameHandling.All</c> to get typed objects back.</param>
    public SqliteStorage(SqliteDatabase database, JsonSerializer? serializer = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _serializer = serializer ?? StateJson.CreateDefaultSerializer();
    }

    /// <summary>A store on its own SQLite database.</summary>
    public SqliteStorage(SqliteStorageOptions options, JsonSerializer? serializer = null)
        : this(new SqliteDatabase(options), serializer)
    {
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
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = $key";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var name in keys.Distinct(StringComparer.Ordinal))
        {
            key.Value = name;
            if (await command.ExecuteScalarAsync(cancellationToken) is string document)
            {
                items[name] = StateJson.Read(document, _serializer);
            }
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
        var now = DbTime.ToText(DateTimeOffset.UtcNow);
        await _database.WriteAsync(async (connection, transaction) =>
        {
            var upsert = _database.Prepared(transaction, """
                INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($key, $etag, $document, $now)
                ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at
                WHERE $check = 0 OR bot_state.etag IS NULL OR bot_state.etag IS $expected
                """);
            var key = upsert.Parameters.Add("$key", SqliteType.Text);
            var etag = upsert.Parameters.Add("$etag", SqliteType.Text);
            var document = upsert.Parameters.Add("$document", SqliteType.Text);
            var check = upsert.Parameters.Add("$check", SqliteType.Integer);
            var expected = upsert.Parameters.Add("$expected", SqliteType.Text);
            upsert.Parameters.AddWithValue("$now", now);
            var delete = _database.Prepared(transaction, "DELETE FROM bot_state WHERE key = $key");
            var deleteKey = delete.Parameters.Add("$key", SqliteType.Text);

            foreach (var change in prepared)
            {
                if (change.Document is null)
                {
                    deleteKey.Value = change.Key;
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                    continue;
                }

                key.Value = change.Key;
                etag.Value = (object?)change.NewEtag ?? DBNull.Value;
                document.Value = change.Document;
                check.Value = change.CheckEtag ? 1 : 0;
                expected.Value = (object?)change.ExpectedEtag ?? DBNull.Value;
                if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new EtagConflictException(change.Key, change.ExpectedEtag, await CurrentEtagAsync(connection, transaction, change.Key, cancellationToken));
                }
            }
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await _database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM bot_state WHERE key = $key";
            var key = delete.Parameters.Add("$key", SqliteType.Text);
            foreach (var name in keys)
            {
                key.Value = name;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    private static async Task<string?> CurrentEtagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT etag FROM bot_state WHERE key = $key";
        select.Parameters.AddWithValue("$key", key);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }
}
