using Microsoft.Bot.Builder;
using PartnerBot.Owner.Notifications;
using PartnerBot.Privacy;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Erases a profile with everything of that customer, plus what the owner's side kept about it (notes, notification record).</summary>
public sealed class OwnerProfileEraser(ICustomerDataEraser eraser, IProfileStore profiles, ITranscriptStore transcripts, OwnerNotesStore notes, IStorage storage)
{
    /// <summary>False when there was no such profile.</summary>
    public async Task<bool> EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(profileId, cancellationToken);
        if (profile is null || !await eraser.EraseProfileAsync(profileId, cancellationToken))
        {
            return false;
        }

        // The eraser owns transcripts once the durable store lands; deleting here too is harmless and covers the memory store.
        await transcripts.DeleteTranscriptAsync(profile.ChannelId, profile.ConversationId);
        await notes.DeleteAsync(profileId, cancellationToken);
        await storage.DeleteAsync([OutboxItem.KeyFor(profileId)], cancellationToken);
        return true;
    }
}
