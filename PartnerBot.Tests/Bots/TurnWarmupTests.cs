using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Moq;
using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Privacy;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

public sealed class TurnWarmupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("partnerbot-warmup-").FullName;

    private string DatabasePath => Path.Combine(_directory, "partnerbot.db");

    [Fact]
    public async Task The_app_is_ready_only_after_the_warm_up_interview_ran_and_nothing_of_it_is_left()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = CreateFactory(logs);
        var readiness = factory.Services.GetRequiredService<Readiness>();
        var warmup = factory.Services.GetRequiredService<TurnWarmup>();

        await readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.True(warmup.Completion.IsCompletedSuccessfully);
        Assert.Contains(logs.Lines, line => line.StartsWith("Turn pipeline warm after", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Warm-up:", StringComparison.Ordinal) || line.StartsWith("The warm-up turn failed", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("Erased a customer: 1 profile(s)", StringComparison.Ordinal));

        // The warm-up customer consented and answered, so it had a profile, entries, a transcript and state: all erased.
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var table in new[] { "profiles", "profile_entries", "transcripts", "transcript_activities" })
        {
            Assert.Equal(0L, await CountAsync(connection, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(0L, await CountAsync(connection, $"SELECT COUNT(*) FROM bot_state WHERE key LIKE '{TurnWarmup.ChannelId}/%'"));

        // The first real customer gets the greeting like any other.
        var chat = new HttpChat(factory.CreateClient(), "de-DE", "first-customer");
        var greeting = await chat.JoinAsync();
        Assert.Contains("ja/nein", string.Join("\n", greeting), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_failing_warm_up_is_logged_and_the_app_still_gets_ready()
    {
        var logs = new CapturingLoggerProvider();
        var eraser = new Mock<ICustomerDataEraser>();
        eraser.Setup(e => e.EraseCustomerAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("store away"));
        await using var factory = CreateFactory(logs, services => services.Replace(ServiceDescriptor.Singleton(eraser.Object)));
        var readiness = factory.Services.GetRequiredService<Readiness>();

        await readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.True(readiness.IsReady);
        Assert.Contains(logs.Lines, line => line.StartsWith("The warm-up turn failed: System.InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Switched_off_it_runs_no_turn()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = CreateFactory(logs, settings: new() { ["Bot:WarmUpTurns"] = "false" });
        var readiness = factory.Services.GetRequiredService<Readiness>();

        await readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        await factory.Services.GetRequiredService<TurnWarmup>().Completion;

        Assert.DoesNotContain(logs.Lines, line => line.Contains("warm", StringComparison.OrdinalIgnoreCase) && line.StartsWith("Turn pipeline", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Erased a customer", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private PartnerBotFactory CreateFactory(CapturingLoggerProvider logs, Action<IServiceCollection>? services = null, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:PartnerBot"] = $"Data Source={DatabasePath}",
            ["Bot:WarmUpTurns"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var factory = PartnerBotFactory.With(all);
        factory.ConfigureServices = collection =>
        {
            collection.AddLogging(logging => logging.AddProvider(logs));
            services?.Invoke(collection);
        };
        return factory;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
