using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>
/// Keeps the ASP.NET Core Data Protection key ring in the shared <see cref="IStorage"/> (<c>owner/dataprotection</c>),
/// so every instance reads the sign-in and antiforgery cookies the others issued, and a restart signs no one out.
/// </summary>
public sealed class StorageXmlRepository(IStorage storage) : IXmlRepository
{
    public const string Key = "owner/dataprotection";

    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements() =>
        // Data Protection's repository contract is synchronous; it is called at start-up and when keys rotate (every 90 days).
        ReadAsync().GetAwaiter().GetResult().Keys.Select(k => XElement.Parse(k)).ToList();

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName) => StoreAsync(element).GetAwaiter().GetResult();

    private async Task<DataProtectionKeys> ReadAsync()
    {
        var items = await storage.ReadAsync<DataProtectionKeys>([Key], CancellationToken.None);
        return items.TryGetValue(Key, out var keys) ? keys : new DataProtectionKeys { ETag = "new-" + Guid.NewGuid().ToString("N") };
    }

    private async Task StoreAsync(XElement element)
    {
        for (var attempt = 0; ; attempt++)
        {
            var keys = await ReadAsync();
            keys.Keys.Add(element.ToString(SaveOptions.DisableFormatting));
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [Key] = keys }, CancellationToken.None);
                return;
            }
            catch (Exception) when (attempt < 5)
            {
                // Another instance added a key meanwhile: read again and add to theirs.
            }
        }
    }
}
