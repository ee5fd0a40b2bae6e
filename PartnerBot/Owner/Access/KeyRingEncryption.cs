using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PartnerBot.Owner.Access;

/// <summary>
/// Encrypts each Data Protection key with AES-256-GCM under <c>Owner:DataProtectionKey</c> before it is stored, so a copy of the
/// database is not enough to forge the owner's cookie.
/// </summary>
public sealed class KeyRingEncryption(byte[] key) : IXmlEncryptor
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("PartnerBot.Owner.KeyRing.v1");

    /// <summary>True when <paramref name="base64"/> is 32 bytes in base64.</summary>
    public static bool IsValidKey(string base64)
    {
        var bytes = new byte[64];
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var length) && length == 32;
    }

    /// <summary>The key from its base64 form.</summary>
    public static byte[] ParseKey(string base64) => Convert.FromBase64String(base64.Trim());

    /// <summary>A short public name of the key, so a wrong key is told apart from a damaged key ring.</summary>
    public static string KeyId(byte[] key) => Convert.ToHexString(SHA256.HashData([.. Purpose, .. key]))[..16];

    /// <inheritdoc/>
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), Purpose);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement("partnerBotEncryptedKey", new XAttribute("keyId", KeyId(key)), Convert.ToBase64String(sealedBytes));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryption));
    }

    /// <summary>Opens what <see cref="Encrypt"/> sealed.</summary>
    public static XElement Decrypt(XElement encryptedElement, byte[] key)
    {
        if ((string?)encryptedElement.Attribute("keyId") != KeyId(key))
        {
            throw new CryptographicException("A Data Protection key was encrypted with another Owner:DataProtectionKey than the one configured.");
        }

        var sealedBytes = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plaintext, Purpose);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
