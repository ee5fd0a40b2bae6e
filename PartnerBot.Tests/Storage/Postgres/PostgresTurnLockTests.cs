using Npgsql;
using PartnerBot.Storage;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Storage.Postgres;

namespace PartnerBot.Tests.Storage.Postgres;

/// <summary>Two instances are two data sources: their turns of one conversation must take turns.</summary>
public sealed class PostgresTurnLockTests : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private readonly List<NpgsqlDataSource> _dataSources = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_serialise_turns_of_one_conversation()
    {
        var (instanceA, instanceB, observer) = Instances();
        var conversation = Guid.NewGuid().ToString("N");
        var held = await instanceA.AcquireAsync("webchat", conversation, Ct);

        var waiting = instanceB.AcquireAsync("webchat", conversation, Ct);
        await WaitUntilBlockedAsync(observer, PostgresTurnLock.KeyOf("webchat", conversation), waiting);

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(HangGuard, Ct);
        Assert.Equal(1, await GrantedAsync(observer, PostgresTurnLock.KeyOf("webchat", conversation)));
    }

    [Fact]
    public async Task Different_conversations_do_not_block_each_other()
    {
        var (instanceA, instanceB, observer) = Instances();
        await using var held = await instanceA.AcquireAsync("webchat", Guid.NewGuid().ToString("N"), Ct);

        await using var other = await instanceB.AcquireAsync("webchat", Guid.NewGuid().ToString("N"), Ct).WaitAsync(HangGuard, Ct);

        Assert.NotNull(other);
    }

    [Fact]
    public async Task Releasing_frees_the_lock_on_the_server()
    {
        var (instanceA, _, observer) = Instances();
        var conversation = Guid.NewGuid().ToString("N");
        var held = await instanceA.AcquireAsync("webchat", conversation, Ct);
        Assert.Equal(1, await GrantedAsync(observer, PostgresTurnLock.KeyOf("webchat", conversation)));

        await held.DisposeAsync();

        Assert.Equal(0, await GrantedAsync(observer, PostgresTurnLock.KeyOf("webchat", conversation)));
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_without_taking_the_lock()
    {
        var (instanceA, instanceB, observer) = Instances();
        var conversation = Guid.NewGuid().ToString("N");
        var key = PostgresTurnLock.KeyOf("webchat", conversation);
        var held = await instanceA.AcquireAsync("webchat", conversation, Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = instanceB.AcquireAsync("webchat", conversation, cancel.Token);
        await WaitUntilBlockedAsync(observer, key, waiting);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(HangGuard, Ct));
        await held.DisposeAsync();
        await using var again = await instanceB.AcquireAsync("webchat", conversation, Ct).WaitAsync(HangGuard, Ct);
        Assert.Equal(1, await GrantedAsync(observer, key));
    }

    [Fact]
    public async Task A_crowd_of_conversations_never_takes_every_pooled_connection_for_locks()
    {
        var pool = PostgresTurnLock.MaxHeldLocks + 4;
        var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Requirements.Postgres())
        {
            ApplicationName = "turn-lock-crowd",
            MaxPoolSize = pool,
            Timeout = 5,
        }.ConnectionString);
        _dataSources.Add(source);
        var turnLock = new PostgresTurnLock(source);

        var held = new List<IAsyncDisposable>();
        for (var i = 0; i < PostgresTurnLock.MaxHeldLocks; i++)
        {
            held.Add(await turnLock.AcquireAsync("test", $"crowd-{i}", Ct).WaitAsync(HangGuard, Ct));
        }

        var queued = Enumerable.Range(0, 20).Select(i => turnLock.AcquireAsync("test", $"crowd-late-{i}", Ct)).ToList();
        Assert.All(queued, q => Assert.False(q.IsCompleted));

        // The turns holding locks still get connections for their own work.
        for (var i = 0; i < 4; i++)
        {
            await using var work = await source.OpenConnectionAsync(Ct).AsTask().WaitAsync(HangGuard, Ct);
            await using var ping = new NpgsqlCommand("SELECT 1", work);
            Assert.Equal(1, await ping.ExecuteScalarAsync(Ct));
        }

        foreach (var holder in held)
        {
            await holder.DisposeAsync();
        }

        foreach (var late in queued)
        {
            await (await late.WaitAsync(HangGuard, Ct)).DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }

    private (PostgresTurnLock A, PostgresTurnLock B, NpgsqlDataSource Observer) Instances()
    {
        var connectionString = Requirements.Postgres();
        var sources = Enumerable.Range(0, 3).Select(i => NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = $"turn-lock-test-{i}" }.ConnectionString)).ToArray();
        _dataSources.AddRange(sources);
        return (new PostgresTurnLock(sources[0]), new PostgresTurnLock(sources[1]), sources[2]);
    }

    /// <summary>Polls pg_locks (no sleeping) until the server shows the waiter queued on the key; fails if it got the lock instead.</summary>
    private static async Task WaitUntilBlockedAsync(NpgsqlDataSource observer, long key, Task<IAsyncDisposable> waiter)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(HangGuard);
        while (await CountAsync(observer, key, granted: false, guard.Token) == 0)
        {
            Assert.False(waiter.IsCompleted, "The second holder got the lock while the first held it.");
        }
    }

    private static Task<long> GrantedAsync(NpgsqlDataSource observer, long key) => CountAsync(observer, key, granted: true, Ct);

    private static async Task<long> CountAsync(NpgsqlDataSource observer, long key, bool granted, CancellationToken cancellationToken)
    {
        await using var command = observer.CreateCommand("""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 1 AND granted = $3
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """);
        command.Parameters.AddWithValue((long)(uint)(key >> 32));
        command.Parameters.AddWithValue((long)(uint)key);
        command.Parameters.AddWithValue(granted);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
