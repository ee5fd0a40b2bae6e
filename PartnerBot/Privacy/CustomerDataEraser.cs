using Microsoft.Bot.Builder;
using PartnerBot.Profiles;

namespace PartnerBot.Privacy;

/// <summary>Erases a customer everywhere: profiles with their entries, user and conversation state, transcripts.</summary>
/// <remarks>State and transcripts go first and profiles last: if a step fails, the profile that leads to the rest is still there for a retry.</remarks>
public sealed class CustomerDataEraser(IProfileStore profiles, IStorage storage, ITranscriptStore transcripts, IEnumerable<ICustomerErasureHook> hooks, TimeProvider time, ILogger<CustomerDataEraser> logger) : ICustomerDataEraser
{
    /// <inheritdoc/>
    public async Task<int> EraseCustomerAsync(string channelId, string userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(conversationIds);
        var users = new HashSet<(string, string)> { (channelId, userId) };
        var conversations = conversationIds.Select(id => (channelId, id)).ToHashSet();
        var found = new List<string>();
        foreach (var id in await profiles.FindIdsByUserAsync(userId, cancellationToken))
        {
            if (await profiles.GetAsync(id, cancellationToken) is { } profile)
            {
                found.Add(id);
                users.Add((profile.ChannelId, profile.UserId));
                conversations.UnionWith(ConversationsOf(profile));
            }
        }

        await EraseStateAsync(users, conversations, cancellationToken);
        var removed = 0;
        foreach (var id in found)
        {
            removed += await profiles.DeleteAsync(id, cancellationToken) ? 1 : 0;
        }

        await RunHooksAsync(new ErasedCustomer(users, conversations, found, time.GetUtcNow()), cancellationToken);

        logger.LogInformation("Erased a customer: {Profiles} profile(s), {Conversations} conversation(s)", removed, conversations.Count);
        return removed;
    }

    /// <inheritdoc/>
    public async Task<bool> EraseProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(profileId, cancellationToken) is not { } profile)
        {
            return false;
        }

        var conversations = ConversationsOf(profile).ToHashSet();
        await EraseStateAsync([(profile.ChannelId, profile.UserId)], conversations, cancellationToken);
        await profiles.DeleteAsync(profileId, cancellationToken);
        await RunHooksAsync(new ErasedCustomer([(profile.ChannelId, profile.UserId)], conversations, [profileId], time.GetUtcNow()), cancellationToken);
        logger.LogInformation("Erased a profile and {Conversations} conversation(s)", conversations.Count);
        return true;
    }

    /// <summary>Removes user state (<c>{channel}/users/{user}</c>), conversation state (<c>{channel}/conversations/{conversation}</c>) and transcripts.</summary>
    /// <param name="users">(channel id, user id) pairs; their user state goes.</param>
    /// <param name="conversations">(channel id, conversation id) pairs; their state and transcript go.</param>
    public async Task EraseStateAsync(IReadOnlyCollection<(string ChannelId, string UserId)> users, IReadOnlyCollection<(string ChannelId, string ConversationId)> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(conversations);

        // The keys the SDK's UserState and ConversationState store under.
        string[] keys = [.. users.Select(u => $"{u.ChannelId}/users/{u.UserId}"), .. conversations.Select(c => $"{c.ChannelId}/conversations/{c.ConversationId}")];
        if (keys.Length > 0)
        {
            await storage.DeleteAsync(keys, cancellationToken);
        }

        foreach (var (channel, conversation) in conversations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await transcripts.DeleteTranscriptAsync(channel, conversation);
        }
    }

    private async Task RunHooksAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            await hook.OnErasedAsync(customer, cancellationToken);
        }
    }

    private static IEnumerable<(string ChannelId, string ConversationId)> ConversationsOf(PartnerProfile profile) =>
        profile.Entries.Select(e => (e.ChannelId, e.ConversationId)).Prepend((profile.ChannelId, profile.ConversationId)).Distinct();
}
