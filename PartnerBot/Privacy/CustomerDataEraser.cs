using Microsoft.Bot.Builder;
using PartnerBot.Profiles;
using PartnerBot.Storage;

namespace PartnerBot.Privacy;

/// <summary>Erases a customer everywhere: profiles with their entries, user and conversation state, transcripts, and what the
/// registered <see cref="ICustomerErasureHook"/>s hold (owner notes, the notification outbox, the website channel's log); then the
/// store's files are scrubbed, so no byte of the customer is left in them.</summary>
/// <remarks>State, transcripts and hooks go first and profiles last: if a step fails, the profile that leads to the rest is still there for a retry.
/// A customer is a channel identity (channel id and user id): the same user id on another channel is someone else.</remarks>
public sealed class CustomerDataEraser(
    IProfileStore profiles,
    IStorage storage,
    ITranscriptStore transcripts,
    IEnumerable<ICustomerErasureHook> hooks,
    IStorageScrubber scrubber,
    TimeProvider time,
    ILogger<CustomerDataEraser> logger) : ICustomerDataEraser
{
    private const int PageSize = 100;

    /// <inheritdoc/>
    public async Task<int> EraseCustomerAsync(string channelId, string userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(conversationIds);
        var found = await LoadAsync(await profiles.FindIdsByCustomerAsync(channelId, userId, cancellationToken), cancellationToken);
        var conversations = conversationIds.Select(id => (channelId, id)).ToHashSet();
        conversations.UnionWith(found.SelectMany(ConversationsOf));
        var removed = await EraseAsync([(channelId, userId)], conversations, found, cancellationToken);
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
        await EraseAsync([(profile.ChannelId, profile.UserId)], conversations, [profile], cancellationToken);
        logger.LogInformation("Erased a profile and {Conversations} conversation(s)", conversations.Count);
        return true;
    }

    /// <summary>The retention purge: erases in-progress profiles last changed before <paramref name="incompleteBefore"/> and all
    /// profiles last changed before <paramref name="allBefore"/>, with everything that goes with them; returns how many profiles went.</summary>
    /// <remarks>A customer's user state goes only with their last profile: while they have one, it is how they are greeted back.</remarks>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken)
    {
        var expired = await ExpiredAsync(incompleteBefore, allBefore, cancellationToken);
        var expiredIds = expired.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var leaving = await LeavingAsync(expired, expiredIds, cancellationToken);
        var conversations = expired.SelectMany(ConversationsOf).ToHashSet();
        await EraseStateAsync(leaving, conversations, cancellationToken);
        await RunHooksAsync(new ErasedCustomer(leaving, conversations, expiredIds, time.GetUtcNow()), cancellationToken);

        // One statement removes what expired, including a profile that expired while the above ran; that one's traces go now.
        var removed = await profiles.PurgeAsync(incompleteBefore, allBefore, cancellationToken);
        var late = removed.Where(p => !expiredIds.Contains(p.Id)).ToList();
        if (late.Count > 0)
        {
            var lateLeaving = await LeavingAsync(late, late.Select(p => p.Id).ToHashSet(StringComparer.Ordinal), cancellationToken);
            var lateConversations = late.Select(p => (p.ChannelId, p.ConversationId)).ToHashSet();
            await EraseStateAsync(lateLeaving, lateConversations, cancellationToken);
            await RunHooksAsync(new ErasedCustomer(lateLeaving, lateConversations, [.. late.Select(p => p.Id)], time.GetUtcNow()), cancellationToken);
        }

        await ScrubAsync(cancellationToken);
        return removed.Count;
    }

    /// <summary>The customers of <paramref name="going"/> who keep no other profile: their user state goes too.</summary>
    private async Task<List<(string ChannelId, string UserId)>> LeavingAsync(IEnumerable<PartnerProfile> going, IReadOnlySet<string> goingIds, CancellationToken cancellationToken)
    {
        var leaving = new List<(string, string)>();
        foreach (var customer in going.Select(p => (p.ChannelId, p.UserId)).Distinct())
        {
            if ((await profiles.FindIdsByCustomerAsync(customer.ChannelId, customer.UserId, cancellationToken)).All(goingIds.Contains))
            {
                leaving.Add(customer);
            }
        }

        return leaving;
    }

    private async Task<int> EraseAsync(
        IReadOnlyCollection<(string ChannelId, string UserId)> users,
        IReadOnlyCollection<(string ChannelId, string ConversationId)> conversations,
        IReadOnlyList<PartnerProfile> found,
        CancellationToken cancellationToken)
    {
        await EraseStateAsync(users, conversations, cancellationToken);
        await RunHooksAsync(new ErasedCustomer(users, conversations, [.. found.Select(p => p.Id)], time.GetUtcNow()), cancellationToken);
        var removed = 0;
        foreach (var profile in found)
        {
            removed += await profiles.DeleteAsync(profile.Id, cancellationToken) ? 1 : 0;
        }

        await ScrubAsync(cancellationToken);
        return removed;
    }

    /// <summary>Removes user state (<c>{channel}/users/{user}</c>), conversation state (<c>{channel}/conversations/{conversation}</c>) and transcripts.</summary>
    /// <remarks>Also for a restore, which erases again conversations the erasure ledger names without a profile left to find them by.</remarks>
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

    private async Task ScrubAsync(CancellationToken cancellationToken)
    {
        if (!await scrubber.ScrubAsync(cancellationToken))
        {
            logger.LogWarning("The store could not be scrubbed after an erasure (a reader was busy); the next erasure tries again");
        }
    }

    private async Task<List<PartnerProfile>> LoadAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<PartnerProfile>();
        foreach (var id in ids)
        {
            if (await profiles.GetAsync(id, cancellationToken) is { } profile)
            {
                found.Add(profile);
            }
        }

        return found;
    }

    /// <summary>The profiles (with entries) that <see cref="IProfileStore.PurgeAsync"/> would remove now.</summary>
    private async Task<List<PartnerProfile>> ExpiredAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (status, before) in new[] { ((string?)null, allBefore), (ProfileStatus.InProgress, incompleteBefore) })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await profiles.QueryAsync(new ProfileQuery { Status = status, Until = before, Skip = skip, Take = PageSize }, cancellationToken);
                ids.UnionWith(page.Items.Where(p => p.UpdatedAt < before).Select(p => p.Id));
                if (skip + PageSize >= page.Total)
                {
                    break;
                }
            }
        }

        return await LoadAsync(ids, cancellationToken);
    }

    private static IEnumerable<(string ChannelId, string ConversationId)> ConversationsOf(PartnerProfile profile) =>
        profile.Entries.Select(e => (e.ChannelId, e.ConversationId)).Prepend((profile.ChannelId, profile.ConversationId)).Distinct();
}
