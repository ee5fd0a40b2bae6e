using Microsoft.Bot.Builder;
using PartnerBot.Owner.Notifications;
using PartnerBot.Privacy;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Erases what the owner's side keeps about an erased customer's profiles: the owner's notes and the notification records.</summary>
public sealed class OwnerRecordsErasureHook(OwnerNotesStore notes, IStorage storage) : ICustomerErasureHook
{
    /// <inheritdoc/>
    public async Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        foreach (var profileId in customer.ProfileIds)
        {
            await notes.DeleteAsync(profileId, cancellationToken);
        }

        if (customer.ProfileIds.Count > 0)
        {
            await storage.DeleteAsync([.. customer.ProfileIds.SelectMany(id => new[] { OutboxItem.KeyFor(id), OutboxItem.RequestsKeyFor(id) })], cancellationToken);
        }
    }
}
