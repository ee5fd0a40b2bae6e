namespace PartnerBot.Privacy;

/// <summary>A part outside the profile store that holds something of a customer (the website channel's log and tokens, the erasure ledger, …) and erases it with them.</summary>
/// <remarks>Registered as <c>services.AddSingleton&lt;ICustomerErasureHook, …&gt;()</c>; the eraser calls every hook after the state and transcripts are gone and
/// before the profiles go (so a failed hook leaves the profile for a retry), then scrubs the store's files.</remarks>
public interface ICustomerErasureHook
{
    /// <summary>Erases this part's data of <paramref name="customer"/>.</summary>
    Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken);
}
