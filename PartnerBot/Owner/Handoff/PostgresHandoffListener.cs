using Microsoft.Extensions.Options;
using Npgsql;
using PartnerBot.Storage;

namespace PartnerBot.Owner.Handoff;

/// <summary>One listening connection per instance (<c>LISTEN partnerbot_handoff</c>) that hands the other instances' handoff events
/// to this instance's live dashboards; it runs only with <c>Storage:Provider</c> = <c>Postgres</c> and listens again after a failure.</summary>
public sealed class PostgresHandoffListener(IServiceProvider services, IOptions<StorageOptions> storage, TimeProvider time, ILogger<PostgresHandoffListener> logger)
    : BackgroundService
{
    /// <summary>How long to wait before listening again after the connection failed.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
        {
            return;
        }

        var bus = services.GetRequiredService<PostgresHandoffBus>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await bus.Database.OpenAsync(stoppingToken);
                // The listener's thread only hands on; the lookup of a newly opened handoff runs beside it.
                connection.Notification += (_, e) => _ = bus.ReceiveAsync(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresHandoffBus.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Events sent while this instance was not listening are lost: the open handoffs are read again.
                services.GetService<OpenHandoffs>()?.Reload();

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Listening for handoff events of other instances failed ({ExceptionType}); listening again in {Interval}.",
                    exception.GetType().FullName, RetryInterval);
            }

            try
            {
                await Task.Delay(RetryInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
