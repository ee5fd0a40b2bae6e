using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Profiles;
using PartnerBot.Storage;

namespace PartnerBot.Bench.Micro;

/// <summary>The storage layer alone, one operation of a turn at a time, on memory and on a SQLite file: what
/// a turn on SQLite costs more than on memory (<see cref="TurnBenchmarks"/>) is made of these.</summary>
/// <remarks>A turn reads the conversation and the user state, writes the ones that changed, saves the profile with the turn's
/// new entries (after consent) and writes the turn's transcript (incoming message and replies, one transaction on SQLite).</remarks>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    // A profile gets about this many entries in one interview; afterwards the next append starts a new profile, so the
    // in-memory store (which copies a profile's entries on every save) stays at an interview's size.
    private const int EntriesPerProfile = 10;

    private readonly string[] _stateKeys = [TypicalDocuments.ConversationStateKey];
    private BenchServices? _services;
    private IStorage _storage = null!;
    private IProfileStore _profiles = null!;
    private ITranscriptStore _transcripts = null!;
    private Dictionary<string, object> _stateChange = [];
    private IActivity[] _turnActivities = [];
    private PartnerProfile _profile = null!;
    private long _entries;

    /// <summary>The store under test.</summary>
    [Params(StorageProvider.Memory, StorageProvider.Sqlite)]
    public StorageProvider Storage { get; set; }

    /// <summary>Creates the stores as the app does (migrating the SQLite schema) and stores the conversation state once.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = BenchServices.Create(Storage);
        var services = _services.Services;
        await services.GetRequiredService<IStorageSchema>().EnsureCreatedAsync(CancellationToken.None);
        _storage = services.GetRequiredService<IStorage>();
        _profiles = services.GetRequiredService<IProfileStore>();
        _transcripts = services.GetRequiredService<ITranscriptStore>();
        _stateChange = new Dictionary<string, object> { [TypicalDocuments.ConversationStateKey] = TypicalDocuments.ConversationState() };
        _turnActivities = [TypicalDocuments.Incoming(), TypicalDocuments.Reply()];
        _profile = TypicalDocuments.Profile(ProfileId(0));
        await _storage.WriteAsync(_stateChange, CancellationToken.None);
        if ((await _storage.ReadAsync(_stateKeys, CancellationToken.None)).Count != 1)
        {
            throw new InvalidOperationException("The conversation state was not stored.");
        }
    }

    /// <summary>Frees the stores and removes the SQLite file.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary><see cref="IStorage.ReadAsync"/> of the conversation-state document, as <c>ConversationState.LoadAsync</c> does.</summary>
    [Benchmark]
    public Task<IDictionary<string, object>> StateRead() => _storage.ReadAsync(_stateKeys, CancellationToken.None);

    /// <summary><see cref="IStorage.WriteAsync"/> of the conversation-state document, as <c>ConversationState.SaveChangesAsync</c> does.</summary>
    [Benchmark]
    public Task StateWrite() => _storage.WriteAsync(_stateChange, CancellationToken.None);

    /// <summary><see cref="IProfileStore.SaveAsync"/> of the profile with one new entry, as <c>ProfileWriter</c> does after an answer.</summary>
    [Benchmark]
    public Task ProfileAppend()
    {
        var entry = ++_entries;
        if (entry % EntriesPerProfile == 0)
        {
            _profile = TypicalDocuments.Profile(ProfileId(entry / EntriesPerProfile));
        }

        return _profiles.SaveAsync(_profile, [TypicalDocuments.BudgetEntry(entry.ToString(CultureInfo.InvariantCulture))], CancellationToken.None);
    }

    /// <summary><see cref="ITranscriptLogger.LogActivityAsync"/> of one message.</summary>
    [Benchmark]
    public Task TranscriptLogActivity() => _transcripts.LogActivityAsync(_turnActivities[0]);

    /// <summary>A turn's transcript (message and reply) as the transcript middleware writes it: in one batch where the store can.</summary>
    [Benchmark]
    public async Task TranscriptTurn()
    {
        if (_transcripts is ITranscriptBatchLogger batch)
        {
            await batch.LogActivitiesAsync(_turnActivities, CancellationToken.None);
            return;
        }

        foreach (var activity in _turnActivities)
        {
            await _transcripts.LogActivityAsync(activity);
        }
    }

    private static string ProfileId(long number) => "profile-micro-" + number.ToString(CultureInfo.InvariantCulture);
}
