using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PartnerBot.Owner.Handoff;
using PartnerBot.Storage.Postgres;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>Two instances sharing PostgreSQL: a handoff queued, taken over and handed back on one reaches the other's
/// <see cref="OpenHandoffs"/> through LISTEN/NOTIFY, so the bot there is silent exactly while it is open.</summary>
public sealed class PostgresOpenHandoffsTests(PostgresTestDatabase postgres) : IClassFixture<PostgresTestDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_handoff_opened_and_closed_on_one_instance_is_known_on_the_other_through_its_notifications()
    {
        var database = await postgres.OpenCleanAsync();
        await using (var connection = await database.OpenAsync(Cancel))
        await using (var truncate = new NpgsqlCommand("TRUNCATE handoffs", connection))
        {
            await truncate.ExecuteNonQueryAsync(Cancel);
        }

        var store = new SqlHandoffStore(new PostgresConnections(database));
        var busA = new PostgresHandoffBus(database, new HandoffHub(), NullLogger<PostgresHandoffBus>.Instance, new OpenHandoffs(store, NullLogger<OpenHandoffs>.Instance));
        var openB = new OpenHandoffs(store, NullLogger<OpenHandoffs>.Instance);
        var busB = new PostgresHandoffBus(database, new HandoffHub(), NullLogger<PostgresHandoffBus>.Instance, openB);
        Assert.False(await openB.MayHaveAsync("website", "c-cross", Cancel));

        await using var listening = await database.OpenAsync(Cancel);
        var payloads = new Queue<string>();
        listening.Notification += (_, e) => payloads.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresHandoffBus.Channel}", listening))
        {
            await listen.ExecuteNonQueryAsync(Cancel);
        }

        // Instance A queues the conversation; B hears of it and asks the store for that conversation from then on.
        var waiting = await store.RequestAsync(OpenHandoffsTests.Chat("c-cross"), Cancel);
        await busA.PublishAsync(new HandoffEvent(HandoffEvent.Queue, waiting.Id, Chat: HandoffView.Of(waiting)), Cancel);
        await busB.ReceiveAsync(await NextAsync(listening, payloads));
        Assert.True(await openB.MayHaveAsync("website", "c-cross", Cancel));

        // An instance drops its own events when they come back to it.
        await busB.ReceiveAsync(busB.InstanceId + "|{}");
        Assert.True(await openB.MayHaveAsync("website", "c-cross", Cancel));

        // A hands it back: B stops asking.
        Assert.True(await store.ChangeAsync(waiting with { Status = HandoffStatus.Bot }, DateTimeOffset.UtcNow, Cancel));
        var back = await store.GetAsync(waiting.Id, Cancel);
        await busA.PublishAsync(new HandoffEvent(HandoffEvent.Queue, waiting.Id, Chat: HandoffView.Of(back!)), Cancel);
        await busB.ReceiveAsync(await NextAsync(listening, payloads));
        Assert.False(await openB.MayHaveAsync("website", "c-cross", Cancel));
    }

    private static async Task<string> NextAsync(NpgsqlConnection listening, Queue<string> payloads)
    {
        while (payloads.Count == 0)
        {
            await listening.WaitAsync(Cancel);
        }

        return payloads.Dequeue();
    }
}
