using PartnerBot.Privacy;

namespace PartnerBot.Owner.Handoff;

/// <summary>Erases the handoffs of an erased customer's conversations (their name and conversation reference); their lines go with the transcript.</summary>
public sealed class HandoffErasureHook(IHandoffStore store) : ICustomerErasureHook
{
    /// <inheritdoc/>
    public Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return store.RemoveAsync(customer.Conversations, cancellationToken);
    }
}
