using Microsoft.Bot.Builder;
using PartnerBot.Profiles;

namespace PartnerBot.Storage;

/// <summary>The unit of work of one turn, kept in the turn context: the turn's state is read once (conversation and user state in one
/// query), and what the turn stores (state, the profile with its new entries, the transcript) is committed once, in one transaction.</summary>
/// <remarks>Created by <see cref="TurnBatchMiddleware"/>. Writes outside a turn (the owner's dashboard, retention, erasure) go to the stores directly.</remarks>
public sealed class TurnWriteBatch
{
    private readonly ITurnStore _store;
    private readonly IReadOnlyList<string> _stateKeys;
    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);
    private readonly TurnWrites _writes = new();
    private bool _read;

    /// <param name="stateKeys">The state keys this turn may use (its conversation and user state): read together on the first read.</param>
    public TurnWriteBatch(ITurnStore store, IReadOnlyList<string> stateKeys)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _stateKeys = stateKeys ?? throw new ArgumentNullException(nameof(stateKeys));
    }

    /// <summary>How many times this turn read state from the store.</summary>
    public int StateReads { get; private set; }

    /// <summary>True once the batch was committed.</summary>
    public bool IsCommitted { get; private set; }

    /// <summary>The batch of the turn, or null outside a batched turn.</summary>
    public static TurnWriteBatch? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Of(turnContext).Batch;
    }

    /// <summary>Makes this the batch of <paramref name="turnContext"/>.</summary>
    public void AttachTo(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnItems.Of(turnContext).Batch = this;
    }

    /// <summary>Lets <paramref name="participant"/> add its writes when the turn's batch commits; may be called before the batch exists.</summary>
    public static void Enlist(ITurnContext turnContext, ITurnWriteParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(participant);
        TurnItems.Of(turnContext).Participants.Add(participant);
    }

    /// <summary>The stored document of a state key; the first call reads every state key of the turn in one query.</summary>
    public async Task<string?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        string[] keys = _read ? [key] : [.. _stateKeys.Append(key).Distinct(StringComparer.Ordinal)];
        _read = true;
        StateReads++;
        var found = await _store.ReadStateAsync(keys, cancellationToken);
        foreach (var name in keys)
        {
            _known[name] = found.TryGetValue(name, out var document) ? document : null;
        }

        return _known[key];
    }

    /// <summary>Stores <paramref name="document"/> under <paramref name="key"/> at the commit.</summary>
    public void SaveState(string key, string document)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(document);
        _writes.State[key] = document;
    }

    /// <summary>The key's state was deleted in this turn: nothing of it is written, and it reads as absent from now on.</summary>
    public void Forget(string key)
    {
        _writes.State.Remove(key);
        _known[key] = null;
    }

    /// <summary>Creates or updates the profile and appends its new entries at the commit (see <see cref="IProfileStore.SaveAsync"/>).</summary>
    public void SaveProfile(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(newEntries);
        _writes.Profiles.Add(new ProfileWrite(profile, [.. newEntries]));
    }

    /// <summary>Writes everything the turn and its participants have, in one transaction (none when there is nothing to write).</summary>
    public async Task CommitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var participants = TurnItems.Of(turnContext).Participants;
        foreach (var participant in participants)
        {
            participant.Contribute(_writes);
        }

        if (!_writes.IsEmpty)
        {
            await _store.CommitAsync(_writes, cancellationToken);
        }

        IsCommitted = true;
        foreach (var participant in participants)
        {
            participant.Committed();
        }
    }
}
