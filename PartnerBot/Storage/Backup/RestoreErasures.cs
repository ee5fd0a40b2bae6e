using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Privacy;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Storage.Backup;

/// <summary>Erases again, in a restored database file, every customer whose erasure the ledger holds: the product's own eraser,
/// built over that file, finds them by the identities whose keyed hashes match.</summary>
public static class RestoreErasures
{
    /// <summary>Erases in <paramref name="databaseFile"/> every identity in <paramref name="erased"/> (hashes of <paramref name="ledger"/>); returns how many identities matched.</summary>
    /// <remarks>Opening the file through the store also runs the SQLite migrations, so a backup of an older version gets today's schema.</remarks>
    public static async Task<int> ApplyAsync(string databaseFile, ErasureLedger ledger, IReadOnlySet<string> erased, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(erased);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(StorageProvider.Sqlite),
            ["ConnectionStrings:PartnerBot"] = new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(time)
            .AddSingleton(new Hosting.Readiness());
        services.AddPartnerBotStorage();
        services.AddPartnerBotPrivacy();
        // Re-erasing is not a new erasure: the ledger already holds it. The owner's notes and notification records go with
        // the profiles, by the same hook as in the running app.
        services.RemoveAll<ICustomerErasureHook>();
        services.AddSingleton<OwnerNotesStore>();
        services.AddSingleton<ICustomerErasureHook, OwnerRecordsErasureHook>();
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<SqliteDatabase>();
        await database.EnsureCreatedAsync(cancellationToken);

        var found = await FindAsync(database, ledger, erased, cancellationToken);
        var eraser = provider.GetRequiredService<CustomerDataEraser>();
        foreach (var (channel, user) in found.Users)
        {
            await eraser.EraseCustomerAsync(channel, user, [], cancellationToken);
        }

        foreach (var profileId in found.Profiles)
        {
            await eraser.EraseProfileAsync(profileId, cancellationToken);
        }

        await eraser.EraseStateAsync([], found.Conversations, cancellationToken);

        return found.Users.Count + found.Profiles.Count + found.Conversations.Count;
    }

    private static async Task<Found> FindAsync(SqliteDatabase database, ErasureLedger ledger, IReadOnlySet<string> erased, CancellationToken cancellationToken)
    {
        var found = new Found();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, channel_id, user_id, conversation_id FROM profiles";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (id, channel, user, conversation) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
                if (erased.Contains(ledger.Hash(ErasureLedger.Profile, "", id)) || erased.Contains(ledger.Hash(ErasureLedger.User, channel, user))
                    || erased.Contains(ledger.Hash(ErasureLedger.Conversation, channel, conversation)))
                {
                    found.Profiles.Add(id);
                }
            }
        }

        command.CommandText = "SELECT key FROM bot_state";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                // The SDK's keys: {channel}/users/{user} and {channel}/conversations/{conversation}.
                var parts = reader.GetString(0).Split('/', 3);
                if (parts is [var channel, "users", var user] && erased.Contains(ledger.Hash(ErasureLedger.User, channel, user)))
                {
                    found.Users.Add((channel, user));
                }
                else if (parts is [var c, "conversations", var conversation] && erased.Contains(ledger.Hash(ErasureLedger.Conversation, c, conversation)))
                {
                    found.Conversations.Add((c, conversation));
                }
            }
        }

        command.CommandText = "SELECT DISTINCT channel_id, conversation_id FROM transcripts UNION SELECT DISTINCT channel_id, conversation_id FROM transcript_activities";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (channel, conversation) = (reader.GetString(0), reader.GetString(1));
                if (erased.Contains(ledger.Hash(ErasureLedger.Conversation, channel, conversation)))
                {
                    found.Conversations.Add((channel, conversation));
                }
            }
        }

        return found;
    }

    private sealed class Found
    {
        public HashSet<(string ChannelId, string UserId)> Users { get; } = [];
        public HashSet<string> Profiles { get; } = new(StringComparer.Ordinal);
        public HashSet<(string ChannelId, string ConversationId)> Conversations { get; } = [];
    }
}
