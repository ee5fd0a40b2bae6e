using PartnerBot.Privacy;

namespace PartnerBot.Storage.Backup;

/// <summary>Writes each erasure to the <see cref="ErasureLedger"/>, so a restore from an older backup erases the customer again.</summary>
public sealed class ErasureLedgerHook(ErasureLedger ledger) : ICustomerErasureHook
{
    /// <inheritdoc/>
    public Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken) => ledger.RecordAsync(customer, cancellationToken);
}
