using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Memory;

/// <summary>A turn's state read and writes for the Memory provider: state documents in the same <see cref="IStorage"/> (so erasure
/// removes them), the profile through <see cref="IProfileStore"/>, the transcript through the transcript logger; one commit at a time.</summary>
/// <remarks>One logical commit: the profile goes first, as it is the only part that can fail; state and transcript follow.</remarks>
public sealed class MemoryTurnStore(IStorage storage, IProfileStore profiles, ITranscriptLogger transcripts) : ITurnStore
{
    private const string DocumentField = "partnerbotState";
    private readonly SemaphoreSlim _commit = new(1, 1);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ReadStateAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = await storage.ReadAsync([.. keys], cancellationToken);
        return items
            .Where(i => i.Value is JObject o && o.Value<string>(DocumentField) is not null)
            .ToDictionary(i => i.Key, i => ((JObject)i.Value).Value<string>(DocumentField)!, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task CommitAsync(TurnWrites writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await _commit.WaitAsync(cancellationToken);
        try
        {
            foreach (var write in writes.Profiles)
            {
                await profiles.SaveAsync(write.Profile, write.Entries, cancellationToken);
            }

            if (writes.State.Count > 0)
            {
                await storage.WriteAsync(writes.State.ToDictionary(s => s.Key, s => (object)new JObject { [DocumentField] = s.Value }), cancellationToken);
            }

            if (transcripts is ITranscriptBatchLogger batch)
            {
                await batch.LogActivitiesAsync(writes.Transcript, cancellationToken);
            }
            else
            {
                foreach (var activity in writes.Transcript)
                {
                    await transcripts.LogActivityAsync(activity);
                }
            }
        }
        finally
        {
            _commit.Release();
        }
    }
}
