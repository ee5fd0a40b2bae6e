using Microsoft.Bot.Builder;
using PartnerBot.Profiles;

namespace PartnerBot.Privacy;

/// <summary>Erases a customer's profiles and their user and conversation state.</summary>
public sealed class CustomerDataEraser(IStorage storage, IProfileStore profiles) : ICustomerDataEraser
{
    /// <inheritdoc/>
    public async Task<int> EraseCustomerAsync(string channelId, string userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var id in await profiles.FindIdsByUserAsync(userId, cancellationToken))
        {
            if (await profiles.DeleteAsync(id, cancellationToken))
            {
                removed++;
            }
        }

        var keys = conversationIds.Select(c => $"{channelId}/conversations/{c}").Append($"{channelId}/users/{userId}").ToArray();
        await storage.DeleteAsync(keys, cancellationToken);
        return removed;
    }

    /// <inheritdoc/>
    public async Task<bool> EraseProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(profileId, cancellationToken);
        if (profile is null)
        {
            return false;
        }

        await EraseCustomerAsync(profile.ChannelId, profile.UserId, [profile.ConversationId], cancellationToken);
        return true;
    }
}
