using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Hosting;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

public sealed class StorageStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_app_is_not_ready_until_the_database_answers()
    {
        var time = new FakeTimeProvider();
        var schema = new FlakySchema(failures: 2);
        var readiness = new Readiness();
        using var startup = new StorageStartup(schema, readiness, time, NullLogger<StorageStartup>.Instance);

        await startup.StartAsync(Ct);
        await schema.WaitForAttemptAsync(1);
        Assert.False(readiness.IsReady);

        time.Advance(StorageStartup.RetryInterval);
        await schema.WaitForAttemptAsync(2);
        Assert.False(readiness.IsReady);

        time.Advance(StorageStartup.RetryInterval);
        await readiness.WhenReady.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.True(readiness.IsReady);
        Assert.Equal(3, schema.Attempts);
        await startup.StopAsync(Ct);
    }

    private sealed class FlakySchema(int failures) : IStorageSchema
    {
        private readonly Lock _sync = new();
        private readonly List<TaskCompletionSource> _attempts = [];

        public int Attempts { get; private set; }

        public Task EnsureCreatedAsync(CancellationToken cancellationToken)
        {
            int attempt;
            lock (_sync)
            {
                attempt = ++Attempts;
                Signal(attempt).TrySetResult();
            }

            return attempt <= failures ? Task.FromException(new TimeoutException("database away")) : Task.CompletedTask;
        }

        public Task WaitForAttemptAsync(int attempt)
        {
            lock (_sync)
            {
                return Signal(attempt).Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            }
        }

        private TaskCompletionSource Signal(int attempt)
        {
            while (_attempts.Count < attempt)
            {
                _attempts.Add(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return _attempts[attempt - 1];
        }
    }
}
