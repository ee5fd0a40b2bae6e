using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Reads and appends the owner's notes on a profile (ETag-checked, so two tabs never lose a note).</summary>
public sealed class OwnerNotesStore(IStorage storage)
{
    /// <summary>The notes, oldest first.</summary>
    public async Task<IReadOnlyList<OwnerNote>> GetAsync(string profileId, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync<OwnerNotes>([OwnerNotes.KeyFor(profileId)], cancellationToken);
        return items.TryGetValue(OwnerNotes.KeyFor(profileId), out var notes) ? notes.Notes : [];
    }

    /// <summary>Appends a note.</summary>
    public async Task AddAsync(string profileId, OwnerNote note, CancellationToken cancellationToken)
    {
        var key = OwnerNotes.KeyFor(profileId);
        for (var attempt = 0; ; attempt++)
        {
            var items = await storage.ReadAsync<OwnerNotes>([key], cancellationToken);
            var notes = items.TryGetValue(key, out var existing) ? existing : new OwnerNotes { ETag = "new-" + Guid.NewGuid().ToString("N") };
            notes.Notes.Add(note);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = notes }, cancellationToken);
                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is not OperationCanceledException)
            {
                // Written meanwhile by another request: read again and append to that.
            }
        }
    }

    /// <summary>Removes every note of a profile.</summary>
    public Task DeleteAsync(string profileId, CancellationToken cancellationToken) =>
        storage.DeleteAsync([OwnerNotes.KeyFor(profileId)], cancellationToken);
}
