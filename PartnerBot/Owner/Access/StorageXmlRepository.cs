using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Bot.Builder;

namespace PartnerBot.Owner.Access;

/// <summary>
/// Keeps the ASP.NET Core Data Protection key ring in the shared <see cref="IStorage"/> (<c>owner/dataprotection</c>),
/// so every instance reads the sign-in and antiforgery cookies the others issued, and a restart signs no one out.
/// </summary>
/// <remarks>With <paramref name="encrypted"/>, keys stored in the clear (from before a key was configured) are removed, so no
/// usable key material is left in the store; the owner signs in once more.</remarks>
public sealed class StorageXmlRepository(IStorage storage, bool encrypted = false) : IXmlRepository
{
    public const string Key = "owner/dataprotection";

    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // Data Protection's repository contract is synchronous; it is called at start-up and when keys rotate (every 90 days).
        var keys = ReadAsync().GetAwaiter().GetResult();
        var elements = keys.Keys.Select(k => XElement.Parse(k)).ToList();
        if (encrypted && elements.Any(IsPlainKey))
        {
            UpdateAsync(list => list.RemoveAll(k => IsPlainKey(XElement.Parse(k)))).GetAwaiter().GetResult();
            elements.RemoveAll(IsPlainKey);
        }

        return elements;
    }

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName) =>
        UpdateAsync(list => list.Add(element.ToString(SaveOptions.DisableFormatting))).GetAwaiter().GetResult();

    /// <summary>True for a key whose secret is not encrypted.</summary>
    public static bool IsPlainKey(XElement element) =>
        element.Name.LocalName == "key" && !element.Descendants().Any(d => d.Name.LocalName == "encryptedSecret");

    private async Task<DataProtectionKeys> ReadAsync()
    {
        var items = await storage.ReadAsync<DataProtectionKeys>([Key], CancellationToken.None);
        return items.TryGetValue(Key, out var keys) ? keys : new DataProtectionKeys { ETag = "new-" + Guid.NewGuid().ToString("N") };
    }

    private async Task UpdateAsync(Action<List<string>> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var keys = await ReadAsync();
            change(keys.Keys);
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
