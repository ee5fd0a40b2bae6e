using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;
using PartnerBot.Profiles;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

public sealed class StorageExtensionsTests : IDisposable
{
    private readonly SqliteTestFile _file = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Sqlite_is_the_default_provider()
    {
        using var host = Build(("ConnectionStrings:PartnerBot", $"Data Source={_file.FilePath}"));

        AssertRegistered<SqliteStorage, SqliteProfileStore, SqliteTranscriptStore, InProcessTurnLock>(host.Services);
    }

    [Fact]
    public void Memory_uses_the_sdk_stores()
    {
        using var host = Build(("Storage:Provider", "Memory"));

        AssertRegistered<MemoryStorage, InMemoryProfileStore, MemoryTranscriptStore, InProcessTurnLock>(host.Services);
    }

    [Fact]
    public void Postgres_uses_the_postgres_stores_and_the_advisory_lock()
    {
        using var host = Build(("Storage:Provider", "Postgres"), ("ConnectionStrings:PartnerBot", "Host=db.example;Database=partnerbot;Username=bot;Password=secret"));

        AssertRegistered<PostgresStorage, PostgresProfileStore, PostgresTranscriptStore, PostgresTurnLock>(host.Services);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_with_a_clear_message()
    {
        using var host = Build(("Storage:Provider", "Postgres"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("ConnectionStrings:PartnerBot", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__PartnerBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_with_a_sqlite_connection_string_stops_with_a_clear_message()
    {
        using var host = Build(("Storage:Provider", "Postgres"), ("ConnectionStrings:PartnerBot", "Data Source=data/partnerbot.db"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("not a PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    public void An_in_memory_sqlite_database_is_refused(string connectionString)
    {
        using var host = Build(("ConnectionStrings:PartnerBot", connectionString));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Provider=Memory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cassandra")]
    [InlineData("7")]
    public async Task An_unknown_provider_stops_the_start_naming_the_setting(string provider)
    {
        using var host = Build(("Storage:Provider", provider));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(Ct));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_creates_the_data_folder_and_schema_then_reports_ready()
    {
        using var host = Build(("ConnectionStrings:PartnerBot", $"Data Source={_file.FilePath}"));
        var readiness = host.Services.GetRequiredService<Readiness>();
        Assert.False(Directory.Exists(Path.GetDirectoryName(_file.FilePath)));

        await host.StartAsync(Ct);
        await readiness.WhenReady.WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.True(readiness.IsReady);
        await using var connection = new SqliteConnection($"Data Source={_file.FilePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version); PRAGMA journal_mode;";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        Assert.Equal("1,2,3,4", reader.GetString(0));
        await reader.NextResultAsync(Ct);
        await reader.ReadAsync(Ct);
        Assert.Equal("wal", reader.GetString(0));
        await host.StopAsync(Ct);
    }

    public void Dispose() => _file.Dispose();

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddPartnerBotHosting();
        builder.Services.AddPartnerBotStorage();
        return builder.Build();
    }

    private static void AssertRegistered<TStorage, TProfiles, TTranscripts, TLock>(IServiceProvider services)
    {
        Assert.IsType<TStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<TProfiles>(services.GetRequiredService<IProfileStore>());
        Assert.IsType<TTranscripts>(services.GetRequiredService<ITranscriptStore>());
        Assert.IsType<TLock>(services.GetRequiredService<ITurnLock>());
        Assert.Contains(services.GetServices<Microsoft.Bot.Builder.IMiddleware>(), m => m is TranscriptLoggingMiddleware);
        Assert.Same(services.GetRequiredService<IStorage>(), services.GetRequiredService<IStorage>());
    }
}
