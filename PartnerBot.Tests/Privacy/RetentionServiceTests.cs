using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerBot.Privacy;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Privacy;

public sealed class RetentionServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task At_start_expired_profiles_go_with_their_state_and_transcripts(string provider)
    {
        using var world = new PrivacyWorld(provider, Now);
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("stale-open", "anna", "c1", Now.AddDays(-31)), [], Ct);
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("fresh-open", "berta", "c2", Now.AddDays(-29)), [], Ct);
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("done", "carl", "c3", Now.AddDays(-200), ProfileStatus.Completed), [], Ct);
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("ancient", "carl", "c4", Now.AddDays(-366), ProfileStatus.Completed), [], Ct);
        foreach (var (user, conversation) in new[] { ("anna", "c1"), ("berta", "c2"), ("carl", "c3"), ("carl", "c4") })
        {
            await world.LeaveTracesAsync("webchat", user, conversation);
        }

        var runs = new RunSignals(Service(world));
        await world.Host.StartAsync(Ct);
        Assert.Equal(2, await runs.WaitForRunAsync(1));

        Assert.Equal(["done", "fresh-open"], (await world.Profiles.QueryAsync(new ProfileQuery(), Ct)).Items.Select(p => p.Id).Order());
        Assert.False(await world.HasUserStateAsync("webchat", "anna"));
        Assert.False(await world.HasConversationStateAsync("webchat", "c1"));
        Assert.False(await world.HasTranscriptAsync("webchat", "c1"));
        Assert.False(await world.HasConversationStateAsync("webchat", "c4"));
        Assert.False(await world.HasTranscriptAsync("webchat", "c4"));
        Assert.True(await world.HasUserStateAsync("webchat", "carl"), "carl still has a profile, so he is still greeted back");
        Assert.True(await world.HasConversationStateAsync("webchat", "c3"));
        Assert.True(await world.HasTranscriptAsync("webchat", "c2"));
        await world.Host.StopAsync(Ct);
    }

    [Fact]
    public async Task The_purge_runs_again_every_day()
    {
        using var world = new PrivacyWorld("Memory", Now);
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("open", "anna", "c1", Now.AddDays(-29.5)), [], Ct);
        var runs = new RunSignals(Service(world));
        await world.Host.StartAsync(Ct);
        Assert.Equal(0, await runs.WaitForRunAsync(1));
        Assert.NotNull(await world.Profiles.GetAsync("open", Ct));

        world.Time.Advance(RetentionService.Interval);

        Assert.Equal(1, await runs.WaitForRunAsync(2));
        Assert.Null(await world.Profiles.GetAsync("open", Ct));
        await world.Host.StopAsync(Ct);
    }

    [Fact]
    public async Task Retention_days_follow_the_settings()
    {
        using var world = new PrivacyWorld("Memory", Now);
        var options = world.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PrivacyOptions>>().Value;
        options.IncompleteRetentionDays = 7;
        await world.Profiles.SaveAsync(CustomerDataEraserTests.Profile("week-old", "anna", "c1", Now.AddDays(-8)), [], Ct);

        Assert.Equal(1, await Service(world).PurgeAsync(Ct));
    }

    private static RetentionService Service(PrivacyWorld world) =>
        world.Host.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();

    /// <summary>Completes one task per finished run, with the number of profiles it purged.</summary>
    private sealed class RunSignals
    {
        private readonly Lock _sync = new();
        private readonly List<TaskCompletionSource<int>> _runs = [];
        private int _finished;

        public RunSignals(RetentionService service) => service.Completed += purged =>
        {
            lock (_sync)
            {
                Run(++_finished).TrySetResult(purged);
            }
        };

        public Task<int> WaitForRunAsync(int run)
        {
            lock (_sync)
            {
                return Run(run).Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            }
        }

        private TaskCompletionSource<int> Run(int run)
        {
            while (_runs.Count < run)
            {
                _runs.Add(new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return _runs[run - 1];
        }
    }
}
