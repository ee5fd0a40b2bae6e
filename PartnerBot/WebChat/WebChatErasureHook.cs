using PartnerBot.Privacy;

namespace PartnerBot.WebChat;

/// <summary>Erases the website channel's part of a customer: the activities its conversations hold in the log, and their tokens.</summary>
/// <remarks>Runs inside the "Daten löschen" turn, so the bot's confirmation comes after it and still reaches the page (a revoked
/// token may read for <see cref="DirectLineTokenService.RevokedReadGrace"/>); nothing logged before it stays. The eraser scrubs the
/// store's files after the hooks, so the deleted activities are left in no free page either.</remarks>
public sealed class WebChatErasureHook(DirectLineConversationStore store, ILogger<WebChatErasureHook> logger) : ICustomerErasureHook
{
    /// <inheritdoc/>
    public async Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var conversationIds = customer.Conversations
            .Where(c => c.ChannelId == WebsiteChannel.Id)
            .Select(c => c.ConversationId)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var user in customer.Users.Where(u => u.ChannelId == WebsiteChannel.Id))
        {
            conversationIds.UnionWith(await store.OfUserAsync(user.UserId, cancellationToken));
        }

        foreach (var id in conversationIds)
        {
            await store.Log.RevokeAsync(id, cancellationToken);
            await store.EraseAsync(id, cancellationToken);
        }

        if (conversationIds.Count > 0)
        {
            logger.LogInformation("Erased {Count} website conversation(s) from the channel's log and revoked their tokens.", conversationIds.Count);
        }
    }
}
