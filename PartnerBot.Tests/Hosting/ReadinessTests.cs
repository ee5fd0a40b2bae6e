using PartnerBot.Hosting;

namespace PartnerBot.Tests.Hosting;

public class ReadinessTests
{
    [Fact]
    public void Without_steps_it_is_ready()
    {
        var readiness = new Readiness();

        Assert.True(readiness.IsReady);
        Assert.True(readiness.WhenReady.IsCompleted);
        Assert.True(readiness.WhenStepsDone.IsCompleted);
    }

    [Fact]
    public async Task A_final_step_starts_after_the_others_and_readiness_waits_for_it()
    {
        var readiness = new Readiness();
        readiness.Expect();
        readiness.Expect();
        readiness.ExpectFinal();
        var stepsDone = readiness.WhenStepsDone;
        var ready = readiness.WhenReady;

        readiness.Complete();
        Assert.False(stepsDone.IsCompleted);

        readiness.Complete();
        await stepsDone.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(readiness.IsReady);
        Assert.False(ready.IsCompleted);

        readiness.CompleteFinal();
        await ready.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(readiness.IsReady);
    }

    [Fact]
    public async Task A_final_step_done_before_the_others_still_waits_for_them()
    {
        var readiness = new Readiness();
        readiness.Expect();
        readiness.ExpectFinal();
        var ready = readiness.WhenReady;

        readiness.CompleteFinal();
        Assert.False(readiness.IsReady);
        Assert.False(ready.IsCompleted);

        readiness.Complete();
        await ready.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
