using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>Decrypts keys stored by <see cref="KeyRingEncryption"/>; Data Protection creates it with the app's services.</summary>
public sealed class KeyRingDecryption(IServiceProvider services) : IXmlDecryptor
{
    /// <inheritdoc/>
    public XElement Decrypt(XElement encryptedElement)
    {
        var configured = services.GetRequiredService<IOptions<OwnerOptions>>().Value.DataProtectionKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new CryptographicException("The stored Data Protection keys are encrypted, but no Owner:DataProtectionKey is configured.");
        }

        return KeyRingEncryption.Decrypt(encryptedElement, KeyRingEncryption.ParseKey(configured));
    }
}
