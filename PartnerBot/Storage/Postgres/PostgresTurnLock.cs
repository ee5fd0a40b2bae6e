using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace PartnerBot.Storage.Postgres;

/// <summary>A turn lock shared by every instance: a PostgreSQL session advisory lock per conversation, held on its own pooled connection for the turn.</summary>
/// <remarks>If an instance dies mid-turn, its connection closes and PostgreSQL releases the lock. Within one instance, turns of a
/// conversation queue in memory first, and at most <see cref="MaxHeldLocks"/> lock connections are held at once, so a crowd of
/// customers cannot take every pooled connection for locks and leave none for the turns' own reads and writes.</remarks>
public sealed class PostgresTurnLock : ITurnLock
{
    /// <summary>Lock connections one instance holds at most; the rest of the pool (100 by default) serves the turns.</summary>
    public const int MaxHeldLocks = 32;

    private readonly NpgsqlDataSource _dataSource;
    private readonly InProcessTurnLock _local = new();
    private readonly SemaphoreSlim _slots = new(MaxHeldLocks, MaxHeldLocks);

    public PostgresTurnLock(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
    }

    public PostgresTurnLock(PostgresDatabase database)
        : this((database ?? throw new ArgumentNullException(nameof(database))).DataSource)
    {
    }

    /// <summary>The 64-bit advisory lock key of a conversation: the same in every process (unlike string.GetHashCode).</summary>
    public static long KeyOf(string channelId, string conversationId) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"partnerbot-turn\n{channelId}\n{conversationId}")));

    /// <inheritdoc/>
    public async Task<IAsyncDisposable> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var key = KeyOf(channelId, conversationId);
        var local = await _local.AcquireAsync(channelId, conversationId, cancellationToken);
        NpgsqlConnection? connection = null;
        var slotTaken = false;
        try
        {
            await _slots.WaitAsync(cancellationToken);
            slotTaken = true;
            connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection);
            take.Parameters.AddWithValue(key);
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new Holder(connection, key, () => _slots.Release(), local);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            if (slotTaken)
            {
                _slots.Release();
            }

            await local.DisposeAsync();
            throw;
        }
    }

    private sealed class Holder(NpgsqlConnection connection, long key, Action releaseSlot, IAsyncDisposable local) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                release.Parameters.AddWithValue(key);
                await release.ExecuteNonQueryAsync();
            }
            finally
            {
                // Returning the connection to the pool resets the session, which would release the lock even if the unlock failed.
                await connection.DisposeAsync();
                releaseSlot();
                await local.DisposeAsync();
            }
        }
    }
}
