using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Notifications;
using PartnerBot.Privacy;
using PartnerBot.Tests.Profiles;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Privacy;

/// <summary>On PostgreSQL erasure deletes the same rows as on SQLite: profile, entries, state, transcript, owner notes and the outbox record.</summary>
public sealed class PostgresErasureTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Email = "wilhelmine.quast@example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erasing_a_customer_leaves_no_row_that_holds_them()
    {
        await database.OpenCleanAsync();
        var connectionString = await database.ConnectionStringAsync();
        using var world = new PrivacyWorld("Postgres", Now, services =>
        {
            services.AddSingleton<OwnerNotesStore>();
            services.AddSingleton<ICustomerErasureHook, OwnerRecordsErasureHook>();
        }, connectionString);
        await world.Host.Services.GetRequiredService<PartnerBot.Storage.IStorageSchema>().EnsureCreatedAsync(Ct);
        var profile = CustomerDataEraserTests.Profile("p1", "anna", "c1");
        profile.Email = Email;
        await world.Profiles.SaveAsync(profile, [TestProfiles.Entry("email", Now, "a1", Email) with { ChannelId = "webchat", ConversationId = "c1" }], Ct);
        await world.LeaveTracesAsync("webchat", "anna", "c1");
        var notes = world.Host.Services.GetRequiredService<OwnerNotesStore>();
        await notes.AddAsync("p1", new OwnerNote(Now, $"Frau Quast schreibt an {Email}"), Ct);
        await world.Storage.WriteAsync(new Dictionary<string, object> { [OutboxItem.KeyFor("p1")] = new OutboxItem { ProfileId = "p1", ETag = "*" } }, Ct);
        Assert.True(await RowsHoldingAsync(connectionString, Email) > 0);

        Assert.Equal(1, await world.Eraser.EraseCustomerAsync("webchat", "anna", ["c1"], Ct));

        Assert.Equal(0, await RowsHoldingAsync(connectionString, Email));
        Assert.Equal(0, await RowsHoldingAsync(connectionString, "Quast"));
        Assert.Empty(await world.Storage.ReadAsync([OutboxItem.KeyFor("p1"), OwnerNotes.KeyFor("p1"), "webchat/users/anna", "webchat/conversations/c1"], Ct));
        Assert.False(await world.HasTranscriptAsync("webchat", "c1"));
    }

    /// <summary>Rows of any table whose text holds <paramref name="text"/>.</summary>
    private static async Task<long> RowsHoldingAsync(string connectionString, string text)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        long total = 0;
        foreach (var table in new[] { "bot_state", "profiles", "profile_entries", "transcripts", "transcript_activities" })
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, $1) > 0", connection);
            count.Parameters.AddWithValue(text);
            total += (long)(await count.ExecuteScalarAsync(Ct))!;
        }

        return total;
    }
}
