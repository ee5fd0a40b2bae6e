using PartnerBot.Privacy;

namespace PartnerBot.WebChat;

/// <summary>Erases the website channel's part of a customer: the activities its conversations hold in memory, and their tokens.</summary>
/// <remarks>Runs inside the "Daten löschen" turn, so the bot's confirmation comes after it and still reaches the page (a revoked
/// token may read for <see cref="DirectLineTokenService.RevokedReadGrace"/>); nothing logged before it stays.</remarks>
public sealed class WebChatErasureHook(DirectLineConversationStore store, DirectLineTokenService tokens, ILogger<WebChatErasureHook> logger) : ICustomerErasureHook
{
    /// <inheritdoc/>
    public Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var conversationIds = customer.Conversations
            .Where(c => c.ChannelId == WebsiteChannel.Id)
            .Select(c => c.ConversationId)
            .Concat(customer.Users.Where(u => u.ChannelId == WebsiteChannel.Id).SelectMany(u => store.OfUser(u.UserId)).Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in conversationIds)
        {
            tokens.Revoke(id);
            store.Find(id)?.Erase();
        }

        if (conversationIds.Count > 0)
        {
            logger.LogInformation("Erased {Count} website conversation(s) from memory and revoked their tokens.", conversationIds.Count);
        }

        return Task.CompletedTask;
    }
}
