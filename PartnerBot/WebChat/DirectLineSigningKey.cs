using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>The key the local Direct Line tokens are signed with: <see cref="WebChatOptions.TokenSigningKey"/> when set, else a random
/// key made once and kept in the store, protected with the Data Protection key ring (which lives in the store too, and is encrypted
/// when <c>Owner:DataProtectionKey</c> is set). So tokens stay valid across restarts and between instances sharing one store.</summary>
public sealed class DirectLineSigningKey(IOptions<WebChatOptions> options, IStorage storage, IDataProtectionProvider protection, ILogger<DirectLineSigningKey> logger)
{
    /// <summary>Where the protected key is stored.</summary>
    public const string StorageKey = "webchat/token-signing-key";

    private const string Purpose = "PartnerBot.WebChat.TokenSigningKey";

    /// <summary>The key's bytes; the first caller of a fresh store makes it (an instance racing it takes the one stored first).</summary>
    public byte[] Get()
    {
        if (options.Value.TokenSigningKey is { Length: > 0 } configured)
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        // Called once per process from the token service's lazy key; the store's API is asynchronous.
        return GetAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        var protector = protection.CreateProtector(Purpose);
        for (var attempt = 0; ; attempt++)
        {
            var items = await storage.ReadAsync<DirectLineSigningKeyItem>([StorageKey], cancellationToken);
            if (items.TryGetValue(StorageKey, out var stored) && stored.Protected.Length > 0)
            {
                return protector.Unprotect(Convert.FromBase64String(stored.Protected));
            }

            var key = RandomNumberGenerator.GetBytes(32);
            // A new-… ETag writes only where there is nothing yet, so two instances starting together end with one key.
            var item = new DirectLineSigningKeyItem { Protected = Convert.ToBase64String(protector.Protect(key)), ETag = "new-" + Guid.NewGuid().ToString("N") };
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [StorageKey] = item }, cancellationToken);
                logger.LogInformation("Made the website chat's token signing key and stored it, protected.");
                return key;
            }
            catch (Exception exception) when (attempt < 3 && exception is not OperationCanceledException)
            {
                // Another instance stored its key first: read that one.
            }
        }
    }
}
