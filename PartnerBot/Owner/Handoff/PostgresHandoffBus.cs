using System.Text;
using System.Text.Json;
using Npgsql;
using PartnerBot.Storage.Postgres;

namespace PartnerBot.Owner.Handoff;

/// <summary>The bus of instances sharing PostgreSQL: an event goes to this instance's dashboards at once and to the others by
/// <c>NOTIFY</c> on <see cref="Channel"/> (<see cref="PostgresHandoffListener"/> hands it to theirs).</summary>
/// <remarks>Another instance's queue events also keep this instance's <see cref="OpenHandoffs"/> up to date, so a take-over there
/// silences the bot here.</remarks>
public sealed class PostgresHandoffBus(PostgresDatabase database, HandoffHub hub, ILogger<PostgresHandoffBus> logger, OpenHandoffs? open = null) : IHandoffBus
{
    /// <summary>The notification channel.</summary>
    public const string Channel = "partnerbot_handoff";

    // PostgreSQL refuses payloads of 8000 bytes or more; a longer message's text is cut for the other instances' live view (the transcript has it whole).
    private const int MaxPayloadBytes = 7900;

    /// <summary>The JSON of events, as the dashboards' script reads them.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>This instance's id in the payloads, so it does not deliver its own events twice.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The database (the listener opens its connection from it).</summary>
    public PostgresDatabase Database => database;

    /// <inheritdoc/>
    public async Task PublishAsync(HandoffEvent handoffEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoffEvent);
        hub.Deliver(handoffEvent);
        var payload = InstanceId + "|" + JsonSerializer.Serialize(handoffEvent, Json);
        while (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes && handoffEvent.Text is { Length: > 16 } text)
        {
            handoffEvent = handoffEvent with { Text = text[..(text.Length * 3 / 4)] + "…" };
            payload = InstanceId + "|" + JsonSerializer.Serialize(handoffEvent, Json);
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("@channel", Channel);
            notify.Parameters.AddWithValue("@payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The event reached this instance; the others' dashboards catch up when they reload.
            logger.LogWarning("A handoff event did not reach the other instances ({ExceptionType}).", exception.GetType().FullName);
        }
    }

    /// <summary>Hands an event of another instance to this instance's dashboards at once; the task ends when this instance's
    /// <see cref="OpenHandoffs"/> knows of a handoff the event opened.</summary>
    public Task ReceiveAsync(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var separator = payload.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(InstanceId))
        {
            return Task.CompletedTask;
        }

        try
        {
            if (JsonSerializer.Deserialize<HandoffEvent>(payload[(separator + 1)..], Json) is { } handoffEvent)
            {
                hub.Deliver(handoffEvent);
                return open is not null && handoffEvent.Kind == HandoffEvent.Queue ? open.HeardAsync(handoffEvent, CancellationToken.None) : Task.CompletedTask;
            }
        }
        catch (JsonException)
        {
            logger.LogWarning("A handoff event of another instance could not be read.");
        }

        return Task.CompletedTask;
    }
}
