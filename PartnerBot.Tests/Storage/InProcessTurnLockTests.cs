using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

public sealed class InProcessTurnLockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_turn_of_the_conversation_waits_for_the_first()
    {
        var turnLock = new InProcessTurnLock();
        var first = await turnLock.AcquireAsync("webchat", "c1", Ct);

        var second = turnLock.AcquireAsync("webchat", "c1", Ct);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second).DisposeAsync();
    }

    [Fact]
    public async Task Other_conversations_do_not_wait()
    {
        var turnLock = new InProcessTurnLock();
        await using var first = await turnLock.AcquireAsync("webchat", "c1", Ct);

        var other = turnLock.AcquireAsync("webchat", "c2", Ct);
        var sameIdElsewhere = turnLock.AcquireAsync("msteams", "c1", Ct);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.True(sameIdElsewhere.IsCompletedSuccessfully);
        await (await other).DisposeAsync();
        await (await sameIdElsewhere).DisposeAsync();
    }

    [Fact]
    public async Task Turns_never_overlap_under_contention()
    {
        var turnLock = new InProcessTurnLock();
        var inside = 0;
        var overlaps = 0;
        var done = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var held = await turnLock.AcquireAsync("webchat", "c1", Ct);
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Yield();
            done++;
            Interlocked.Decrement(ref inside);
        }, Ct)));

        Assert.Equal(0, overlaps);
        Assert.Equal(20, done);
    }

    [Fact]
    public async Task Released_conversations_leave_nothing_behind()
    {
        var turnLock = new InProcessTurnLock();
        for (var i = 0; i < 100; i++)
        {
            await (await turnLock.AcquireAsync("webchat", $"c{i}", Ct)).DisposeAsync();
        }

        var held = await turnLock.AcquireAsync("webchat", "busy", Ct);
        var waiting = turnLock.AcquireAsync("webchat", "busy", Ct);
        Assert.Equal(1, turnLock.ActiveConversations);

        await held.DisposeAsync();
        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
        Assert.Equal(0, turnLock.ActiveConversations);
    }

    [Fact]
    public async Task A_cancelled_wait_takes_nothing_and_leaves_nothing()
    {
        var turnLock = new InProcessTurnLock();
        var held = await turnLock.AcquireAsync("webchat", "c1", Ct);
        using var cancel = new CancellationTokenSource();

        var waiting = turnLock.AcquireAsync("webchat", "c1", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await held.DisposeAsync();
        Assert.Equal(0, turnLock.ActiveConversations);
        await (await turnLock.AcquireAsync("webchat", "c1", Ct)).DisposeAsync();
    }
}
