using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using PartnerBot.Profiles;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task Concurrent_writers_of_one_process_queue_instead_of_failing_on_a_busy_database()
    {
        // No busy timeout: a writer that met the lock of another would fail at once with SQLITE_BUSY.
        var database = new SqliteDatabase(new SqliteStorageOptions { ConnectionString = _file.Options.ConnectionString, BusyTimeout = TimeSpan.Zero });
        var storage = new SqliteStorage(database);
        var transcripts = new SqliteTranscriptStore(database);
        var cancellationToken = TestContext.Current.CancellationToken;

        var writes = Enumerable.Range(0, 64).SelectMany(i => new[]
        {
            Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [$"key-{i}"] = new Dictionary<string, object> { ["n"] = i } }, cancellationToken), cancellationToken),
            Task.Run(() => transcripts.LogActivitiesAsync([Message($"c-{i}", "1"), Message($"c-{i}", "2")], cancellationToken), cancellationToken),
        });
        await Task.WhenAll(writes);

        var read = await storage.ReadAsync(Enumerable.Range(0, 64).Select(i => $"key-{i}").ToArray(), cancellationToken);
        Assert.Equal(64, read.Count);
        for (var i = 0; i < 64; i++)
        {
            var page = await transcripts.GetTranscriptActivitiesAsync("directline", $"c-{i}");
            Assert.Equal(["1", "2"], page.Items.Select(a => a.Id));
        }
    }

    [Fact]
    public async Task A_failing_write_leaves_nothing_and_the_next_write_works()
    {
        using var database = _file.CreateDatabase();
        var storage = new SqliteStorage(database);
        var cancellationToken = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(async (connection, transaction) =>
        {
            var insert = database.Prepared(transaction, "INSERT INTO bot_state (key, etag, document, updated_at) VALUES ('half', '1', '{}', '2026-01-01')");
            await insert.ExecuteNonQueryAsync(cancellationToken);
            throw new InvalidOperationException("the store failed mid-write");
        }, cancellationToken));

        Assert.Empty(await storage.ReadAsync(["half"], cancellationToken));
        await storage.WriteAsync(new Dictionary<string, object> { ["after"] = new Dictionary<string, object> { ["ok"] = true } }, cancellationToken);
        Assert.Single(await storage.ReadAsync(["after"], cancellationToken));
    }

    [Fact]
    public async Task Prepared_commands_belong_to_a_write()
    {
        using var database = _file.CreateDatabase();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = connection.BeginTransaction();

        Assert.Throws<InvalidOperationException>(() => database.Prepared(transaction, "SELECT 1"));
    }

    [Fact]
    public async Task A_prepared_command_is_the_same_object_in_the_next_write_with_its_parameters_cleared()
    {
        using var database = _file.CreateDatabase();
        var cancellationToken = TestContext.Current.CancellationToken;
        const string sql = "SELECT $n";
        var first = await database.WriteAsync(async (_, transaction) =>
        {
            var command = database.Prepared(transaction, sql);
            command.Parameters.AddWithValue("$n", 1);
            Assert.Equal(1L, await command.ExecuteScalarAsync(cancellationToken));
            return command;
        }, cancellationToken);

        var second = await database.WriteAsync((_, transaction) =>
        {
            var command = database.Prepared(transaction, sql);
            Assert.Empty(command.Parameters);
            return Task.FromResult(command);
        }, cancellationToken);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_transcript_batch_that_cannot_be_stored_whole_is_not_stored_at_all()
    {
        using var database = _file.CreateDatabase();
        var transcripts = new SqliteTranscriptStore(database);
        var cancellationToken = TestContext.Current.CancellationToken;
        var tooLate = Message("c-1", "2");
        tooLate.Conversation = null!;

        await Assert.ThrowsAnyAsync<Exception>(() => transcripts.LogActivitiesAsync([Message("c-1", "1"), tooLate], cancellationToken));

        Assert.Empty((await transcripts.GetTranscriptActivitiesAsync("directline", "c-1")).Items);
        await transcripts.LogActivitiesAsync([], cancellationToken);
        Assert.Empty((await transcripts.ListTranscriptsAsync("directline")).Items);
    }

    [Fact]
    public async Task Profile_saves_use_the_same_queue()
    {
        var database = new SqliteDatabase(new SqliteStorageOptions { ConnectionString = _file.Options.ConnectionString, BusyTimeout = TimeSpan.Zero });
        var profiles = new SqliteProfileStore(database);
        var cancellationToken = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => profiles.SaveAsync(
            new PartnerProfile { Id = $"p-{i}", ChannelId = "directline", UserId = $"u-{i}", ConversationId = $"c-{i}", CreatedAt = now, UpdatedAt = now },
            [new ProfileEntry("name", $"Kunde {i}", null, now, $"c-{i}", "directline", $"a-{i}")],
            cancellationToken), cancellationToken)));

        var page = await profiles.QueryAsync(new ProfileQuery { Take = 100 }, cancellationToken);
        Assert.Equal(32, page.Total);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }

    private static Activity Message(string conversationId, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "directline",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("u", role: RoleTypes.User),
        Text = "hallo " + id,
        Timestamp = new DateTimeOffset(2026, 11, 26, 10, 0, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero),
    };
}
