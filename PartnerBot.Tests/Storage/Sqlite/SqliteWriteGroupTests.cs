using Microsoft.Data.Sqlite;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage.Sqlite;

/// <summary>Writes that wait for SQLite's writer together are committed in one transaction, each in its own savepoint.</summary>
public sealed class SqliteWriteGroupTests : IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task Writes_that_queue_behind_a_running_one_commit_together_and_a_failing_one_is_rolled_back_alone()
    {
        await using var database = _file.CreateDatabase();
        await database.EnsureCreatedAsync(CancellationToken.None);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var before = database.WriteTransactions;

        // The first write holds the writer until every other write has queued.
        var first = database.WriteAsync(async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, "first");
            await release.Task;
        }, CancellationToken.None);
        var queued = Enumerable.Range(0, 20).Select(i => database.WriteAsync(async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, $"key-{i}");
            if (i == 7)
            {
                throw new InvalidOperationException("write 7 fails after its insert");
            }

            return i;
        }, CancellationToken.None)).ToList();
        release.SetResult();
        await first;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => queued[7]);
        Assert.Equal("write 7 fails after its insert", failure.Message);
        foreach (var (task, i) in queued.Select((t, i) => (t, i)).Where(x => x.i != 7))
        {
            Assert.Equal(i, await task);
        }

        Assert.Equal(2, database.WriteTransactions - before);
        var keys = await KeysAsync(database);
        Assert.Equal(20, keys.Count);
        Assert.DoesNotContain("key-7", keys);
        Assert.Contains("first", keys);
        Assert.Contains("key-19", keys);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_does_not_run()
    {
        await using var database = _file.CreateDatabase();
        await database.EnsureCreatedAsync(CancellationToken.None);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();
        var first = database.WriteAsync(async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, "first");
            await release.Task;
        }, CancellationToken.None);
        var waiting = database.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "cancelled"), cancel.Token);
        var after = database.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "after"), CancellationToken.None);

        await cancel.CancelAsync();
        release.SetResult();
        await first;
        await after;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(["after", "first"], (await KeysAsync(database)).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _file.Dispose();

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($key, NULL, '{}', '2026-12-01T00:00:00.000Z')";
        insert.Parameters.AddWithValue("$key", key);
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> KeysAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT key FROM bot_state";
        var keys = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
