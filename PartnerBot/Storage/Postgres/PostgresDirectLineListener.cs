using Microsoft.Extensions.Options;
using Npgsql;
using PartnerBot.WebChat;

namespace PartnerBot.Storage.Postgres;

/// <summary>One listening connection per instance (<c>LISTEN partnerbot_directline</c>): a notification from another instance wakes
/// this instance's streams of that conversation (or hands them an unlogged activity such as typing).</summary>
/// <remarks>When the connection drops, it reconnects and wakes every stream here, which read the log after their watermark: a
/// notification lost meanwhile delays an activity, it never loses one. It runs only with <c>Storage:Provider</c> = <c>Postgres</c>.</remarks>
public sealed class PostgresDirectLineListener(
    IServiceProvider services, IOptions<StorageOptions> storage, TimeProvider time, ILogger<PostgresDirectLineListener> logger)
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

        // Resolved here, not injected: the store exists only where the website chat is registered too.
        var log = services.GetRequiredService<PostgresDirectLineLog>();
        var store = services.GetRequiredService<DirectLineConversationStore>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await log.Database.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Deliver(store, log.InstanceId, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDirectLineLog.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                store.WakeAll();
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
                logger.LogWarning("Listening for website chat activities of other instances failed ({ExceptionType}); listening again in {Interval}.",
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

    private static void Deliver(DirectLineConversationStore store, string self, string payload)
    {
        var parts = payload.Split('|', 3);
        if (parts.Length < 2 || parts[0] == self)
        {
            return;
        }

        store.Signal(parts[1], parts.Length == 3 ? parts[2] : null);
    }
}
