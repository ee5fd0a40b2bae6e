using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using PartnerBot.Privacy;

namespace PartnerBot.Storage.Backup;

/// <summary>Who was erased and when, without personal data: keyed hashes (HMAC-SHA256) of the erased identities, in a small SQLite
/// file of its own, so restoring the database file from a backup leaves the ledger in place and the restore can erase them again.</summary>
public sealed class ErasureLedger(string path, byte[] key)
{
    /// <summary>The hash kinds: a channel identity, a conversation, a profile.</summary>
    public const string User = "user", Conversation = "conversation", Profile = "profile";

    private readonly SemaphoreSlim _createGate = new(1, 1);
    private bool _created;

    /// <summary>The ledger file.</summary>
    public string FilePath { get; } = path;

    /// <summary>The keyed hash of one identity, as lowercase hex.</summary>
    public string Hash(string kind, string channelId, string id)
    {
        var text = $"{kind}\n{channelId.Length}:{channelId}\n{id}";
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Records the identities of <paramref name="customer"/> with the time of the erasure.</summary>
    public async Task RecordAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var hashes = customer.Users.Select(u => Hash(User, u.ChannelId, u.UserId))
            .Concat(customer.Conversations.Select(c => Hash(Conversation, c.ChannelId, c.ConversationId)))
            .Concat(customer.ProfileIds.Select(p => Hash(Profile, "", p)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO erasures (hash, erased_at) VALUES ($hash, $at)";
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        insert.Parameters.AddWithValue("$at", DbTime.ToText(customer.At));
        foreach (var value in hashes)
        {
            hash.Value = value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The hashes of every erasure at or after <paramref name="since"/> (every erasure when null).</summary>
    public async Task<HashSet<string>> ErasedSinceAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT hash FROM erasures WHERE erased_at >= $since";
        select.Parameters.AddWithValue("$since", since is { } at ? DbTime.ToText(at) : "");
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>Forgets erasures before <paramref name="before"/>: every backup that could still hold them has been deleted.</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM erasures WHERE erased_at < $before";
        delete.Parameters.AddWithValue("$before", DbTime.ToText(before));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many hashes the ledger holds.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM erasures";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            try
            {
                SecureFile.CreateEmpty(FilePath);
            }
            catch (IOException) when (File.Exists(FilePath))
            {
            }
        }

        var connection = new SqliteConnection(SqliteFileCheck.ConnectionString(FilePath, SqliteOpenMode.ReadWrite));
        await connection.OpenAsync(cancellationToken);
        await using var setup = connection.CreateCommand();
        setup.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;";
        await setup.ExecuteNonQueryAsync(cancellationToken);
        if (!_created)
        {
            await _createGate.WaitAsync(cancellationToken);
            try
            {
                setup.CommandText = "CREATE TABLE IF NOT EXISTS erasures (hash TEXT NOT NULL, erased_at TEXT NOT NULL); CREATE INDEX IF NOT EXISTS ix_erasures_at ON erasures (erased_at)";
                await setup.ExecuteNonQueryAsync(cancellationToken);
                _created = true;
            }
            finally
            {
                _createGate.Release();
            }
        }

        return connection;
    }
}
