namespace PartnerBot.Privacy;

/// <summary>A part outside the profile store that keeps something about a customer's profile (the owner's notes, …) and shows it
/// when the customer asks what is stored about them ("meine Daten").</summary>
/// <remarks>Registered as <c>services.AddSingleton&lt;ICustomerDataDisclosure, …&gt;()</c>, beside the <see cref="ICustomerErasureHook"/> that erases the same data.</remarks>
public interface ICustomerDataDisclosure
{
    /// <summary>What this part holds about the profile, oldest first.</summary>
    Task<IReadOnlyList<DisclosedItem>> DiscloseAsync(string profileId, CancellationToken cancellationToken);
}
