using System.Data.Common;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using PartnerBot.WebChat;

namespace PartnerBot.Storage.Postgres;

/// <summary>The website chat's log in PostgreSQL, shared by every instance: each change to a conversation's activities sends a
/// <c>NOTIFY</c> on <see cref="Channel"/> in its transaction (delivered at commit), which wakes that conversation's streams on the other
/// instances (<see cref="PostgresDirectLineListener"/>); they then read the new activities from the table after their watermark.</summary>
public sealed class PostgresDirectLineLog(PostgresDatabase database, IOptions<WebChatOptions> options, TimeProvider time, ILogger<PostgresDirectLineLog> logger)
    : SqlDirectLineLog(options, time, logger)
{
    /// <summary>The notification channel.</summary>
    public const string Channel = "partnerbot_directline";

    // Any constant works; the same in every instance, so creations (which count and evict) run one at a time.
    private const long CreationLockKey = 0x44_69_72_65_63_74_4C;

    // PostgreSQL refuses payloads of 8000 bytes or more; a longer unlogged activity stays on this instance.
    private const int MaxPayloadBytes = 7900;

    /// <summary>This instance's id in the payloads, so it does not wake its own streams twice.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The database (the listener opens its connection from it).</summary>
    public PostgresDatabase Database => database;

    /// <inheritdoc/>
    protected override string Greatest => "GREATEST";

    /// <inheritdoc/>
    protected override string ForUpdate => " FOR UPDATE";

    /// <inheritdoc/>
    protected override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    protected override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await work(connection);
    }

    /// <inheritdoc/>
    protected override DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql) =>
        new NpgsqlCommand(sql, (NpgsqlConnection)connection, (NpgsqlTransaction?)transaction);

    /// <inheritdoc/>
    protected override ValueTask Release(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.DisposeAsync();
    }

    /// <inheritdoc/>
    protected override async Task LockCreationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("@key", CreationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task ChangedAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken) =>
        NotifyAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, $"{InstanceId}|{conversationId}", cancellationToken);

    /// <inheritdoc/>
    public override async Task BroadcastAsync(string conversationId, string json, CancellationToken cancellationToken)
    {
        var payload = $"{InstanceId}|{conversationId}|{json}";
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await NotifyAsync(connection, null, payload, cancellationToken);
    }

    private static async Task NotifyAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string payload, CancellationToken cancellationToken)
    {
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection, transaction);
        notify.Parameters.AddWithValue("@channel", Channel);
        notify.Parameters.AddWithValue("@payload", payload);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }
}
