using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Storage;

/// <summary>One customer turn reads its state once and stores everything (state, profile and entry, transcript) in one write transaction.</summary>
public sealed class TurnTransactionTests(PostgresTestDatabase postgres) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task A_customer_turn_on_sqlite_is_one_state_read_and_one_write_transaction()
    {
        await using var bot = Harness(StorageProvider.Sqlite, $"Data Source={_file.FilePath}", out var counting);
        var database = bot.Services.GetRequiredService<SqliteDatabase>();
        var chat = await ConsentedWithNameAsync(bot);

        var (writesBefore, readsBefore) = (database.WriteTransactions, counting.Reads);
        var replies = await chat.SayAsync("eine neue Website");

        Assert.Contains(bot.German.Questions["vision"], Assert.Single(replies));
        Assert.Equal(1, database.WriteTransactions - writesBefore);
        Assert.Equal(1, counting.Reads - readsBefore);
        await AssertTurnStoredAsync(bot, chat);
    }

    [Fact]
    public async Task A_customer_turn_on_postgres_is_one_state_read_and_one_write_transaction()
    {
        await (await postgres.OpenCleanAsync()).DisposeAsync();
        var connectionString = await postgres.ConnectionStringAsync();
        await LogWriteTransactionsAsync(connectionString);
        await using var bot = Harness(StorageProvider.Postgres, connectionString, out var counting);
        var chat = await ConsentedWithNameAsync(bot);

        await ExecuteAsync(connectionString, "DELETE FROM test_write_log");
        var readsBefore = counting.Reads;
        var replies = await chat.SayAsync("eine neue Website");

        Assert.Contains(bot.German.Questions["vision"], Assert.Single(replies));
        Assert.Equal(1L, await ExecuteAsync(connectionString, "SELECT count(*) FROM test_write_log"));
        Assert.Equal(1, counting.Reads - readsBefore);
        await AssertTurnStoredAsync(bot, chat);
    }

    public void Dispose() => _file.Dispose();

    private static BotHarness Harness(StorageProvider provider, string connectionString, out CountingTurnStore counting)
    {
        CountingTurnStore? created = null;
        var bot = new BotHarness(
            services => services.AddSingleton<ITurnStore>(sp => created = new CountingTurnStore(sp.GetRequiredKeyedService<ITurnStore>(provider))),
            new Dictionary<string, string?> { ["Storage:Provider"] = provider.ToString(), ["ConnectionStrings:PartnerBot"] = connectionString });
        _ = bot.Services.GetRequiredService<ITurnStore>();
        counting = created!;
        return bot;
    }

    private static async Task<ChatDriver> ConsentedWithNameAsync(BotHarness bot)
    {
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt");
        return chat;
    }

    /// <summary>What the measured turn wrote: the conversation's state moved on, the profile has the wish and its entry, the transcript has the turn.</summary>
    private static async Task AssertTurnStoredAsync(BotHarness bot, ChatDriver chat)
    {
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("eine neue Website", profile.Wish);
        Assert.Equal(["name", "wish"], profile.Entries.Select(e => e.Slot));
        var transcript = await bot.Transcripts.GetTranscriptActivitiesAsync("test", chat.ConversationId);
        Assert.Contains(transcript.Items, a => a.AsMessageActivity()?.Text == "eine neue Website");
        Assert.Contains(transcript.Items, a => a.AsMessageActivity()?.Text?.Contains(bot.German.Questions["vision"], StringComparison.Ordinal) == true);
        Assert.Contains(bot.German.Questions["timeframe"], Assert.Single(await chat.SayAsync("Mehr Zeit zum Backen.")));
    }

    /// <summary>Statement triggers on every table a turn writes note the id of each transaction that wrote (read-only transactions get none).</summary>
    private static async Task LogWriteTransactionsAsync(string connectionString)
    {
        await ExecuteAsync(connectionString, """
            CREATE TABLE IF NOT EXISTS test_write_log (xid xid8 PRIMARY KEY);
            CREATE OR REPLACE FUNCTION test_log_write() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN INSERT INTO test_write_log VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING; RETURN NULL; END $$;
            """);
        foreach (var table in new[] { "bot_state", "profiles", "profile_entries", "transcripts", "transcript_activities" })
        {
            await ExecuteAsync(connectionString, $"""
                DROP TRIGGER IF EXISTS test_log_write ON {table};
                CREATE TRIGGER test_log_write AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION test_log_write();
                """);
        }
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
