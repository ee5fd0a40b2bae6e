using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartnerBot.Profiles;
using PartnerBot.Storage;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Storage;

/// <summary>State stored by the version before the state envelope (the SDK's <c>$type</c> JSON) is read after the upgrade: a
/// half-finished interview, captured from that version on SQLite and PostgreSQL (Fixtures/), continues to completion.</summary>
public sealed class LegacyStateUpgradeTests(PostgresTestDatabase postgres) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    /// <summary>The last schema step of the version the fixtures were captured with.</summary>
    private const int EarlierSchema = 3;

    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task A_half_finished_interview_stored_in_sqlite_by_the_earlier_version_continues_to_completion()
    {
        var rows = Fixture("legacy-half-interview.sqlite.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        await using (var connection = new SqliteConnection($"Data Source={_file.FilePath};Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            // The schema as the earlier version left it; the upgrade applies the later steps.
            foreach (var migration in PartnerBot.Storage.Sqlite.SqliteMigrations.All.Where(m => m.Version <= EarlierSchema))
            {
                await using var step = connection.CreateCommand();
                step.CommandText = migration.Sql + ";\nCREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);\n"
                    + $"INSERT INTO schema_migrations VALUES ({migration.Version}, 'earlier', '2026-11-30T00:00:00.0000000+00:00')";
                await step.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            foreach (var (table, row) in rows)
            {
                await using var insert = connection.CreateCommand();
                var columns = row.EnumerateObject().ToList();
                insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    insert.Parameters.AddWithValue("$p" + i, columns[i].Value.ValueKind switch
                    {
                        JsonValueKind.Null => DBNull.Value,
                        JsonValueKind.Number => columns[i].Value.GetInt64(),
                        _ => columns[i].Value.GetString(),
                    });
                }

                await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        await using var upgraded = new BotHarness(settings: Settings("Sqlite", $"Data Source={_file.FilePath}"));
        await ContinueToCompletionAsync(upgraded, rows);
    }

    [Fact]
    public async Task A_half_finished_interview_stored_in_postgres_by_the_earlier_version_continues_to_completion()
    {
        var rows = Fixture("legacy-half-interview.postgres.jsonl");
        var connectionString = await postgres.ConnectionStringAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            // The schema as the earlier version left it; the upgrade applies the later steps.
            await using (var reset = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", connection))
            {
                await reset.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            foreach (var migration in PartnerBot.Storage.Postgres.PostgresMigrations.All.Where(m => m.Version <= EarlierSchema))
            {
                await using var step = new NpgsqlCommand(migration.Sql + $";\nINSERT INTO schema_migrations VALUES ({migration.Version}, 'earlier', now())", connection);
                await step.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            foreach (var (table, row) in rows)
            {
                // bot_state is addressed by the key's SHA-256, which the capture left out; the identity column takes its own value.
                var sql = table switch
                {
                    "bot_state" => "INSERT INTO bot_state SELECT sha256(convert_to(r.key, 'UTF8')), r.key, r.etag, r.document, r.updated_at FROM json_populate_record(null::bot_state, $1::json) r",
                    "profile_entries" => "INSERT INTO profile_entries OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(null::profile_entries, $1::json)",
                    _ => $"INSERT INTO {table} SELECT * FROM json_populate_record(null::{table}, $1::json)",
                };
                await using var insert = new NpgsqlCommand(sql, connection);
                insert.Parameters.AddWithValue(row.GetRawText());
                await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            // The identity continues after the copied entries, as it did in the earlier version's database.
            await using var identity = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('profile_entries', 'seq'), (SELECT max(seq) FROM profile_entries))", connection);
            await identity.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var upgraded = new BotHarness(settings: Settings("Postgres", connectionString));
        await ContinueToCompletionAsync(upgraded, rows);
    }

    public void Dispose() => _file.Dispose();

    private static async Task ContinueToCompletionAsync(BotHarness bot, IReadOnlyList<(string Table, JsonElement Row)> rows)
    {
        var profileId = rows.Single(r => r.Table == "profiles").Row.GetProperty("id").GetString();
        // The earlier version's profile columns became the answers, before anything new was said.
        var migrated = await bot.Profiles.GetAsync(profileId!, CancellationToken.None);
        Assert.Equal(("Anna Schmidt", "eine neue Website", ProfileStatus.InProgress), (migrated?.Name, migrated?.Wish, migrated?.Status));
        Assert.Contains("anna schmidt", migrated!.Answers.SearchText(), StringComparison.Ordinal);
        var chat = bot.Chat(userId: "anna", conversationId: "conv-legacy");
        for (var i = 0; i < 20; i++)
        {
            // The earlier turns used the test adapter's first activity ids; a new adapter starts again at 1.
            chat.Adapter.MakeActivity();
        }

        Assert.Contains(bot.German.Questions["timeframe"], (await chat.SayAsync("Ich möchte mehr Zeit zum Backen haben."))[0]);
        Assert.Contains(bot.German.Questions["budget"], (await chat.SayAsync("bis Ende März"))[0]);
        Assert.Contains(bot.German.Questions["contact"], (await chat.SayAsync("ca. 5.000 €"))[0]);
        var summary = string.Join("\n", await chat.SayAsync("anna@example.com"));
        Assert.Contains("- Name: Anna Schmidt", summary);
        Assert.Contains("- Wunsch: eine neue Website", summary);
        Assert.Contains("Herzlichen Dank, Anna Schmidt!", Assert.Single(await chat.SayAsync("ja")));

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(profileId, profile.Id);
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Equal(("Anna Schmidt", "eine neue Website", "anna@example.com"), (profile.Name, profile.Wish, profile.Email));
        Assert.Equal(5000m, profile.Budget?.Amount);
        Assert.Equal(["name", "wish", "vision", "timeframe", "budget", "email"], profile.Entries.Select(e => e.Slot));

        // The state is stored in the envelope from now on, and the customer is still known by name in a new conversation.
        var stored = await bot.Storage.ReadAsync(["test/conversations/conv-legacy"], CancellationToken.None);
        Assert.Contains(StateEnvelope.FormatName, stored["test/conversations/conv-legacy"].ToString(), StringComparison.Ordinal);
        Assert.Contains("Anna Schmidt", string.Join("\n", await bot.Chat(userId: "anna").JoinAsync()), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string provider, string connectionString) =>
        new() { ["Storage:Provider"] = provider, ["ConnectionStrings:PartnerBot"] = connectionString };

    private static List<(string Table, JsonElement Row)> Fixture(string name)
    {
        var root = typeof(LegacyStateUpgradeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        return [.. File.ReadAllLines(Path.Combine(root, "PartnerBot.Tests", "Storage", "Fixtures", name))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(line => (line.GetProperty("table").GetString()!, line.GetProperty("row").Clone()))];
    }
}
