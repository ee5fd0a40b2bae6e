using System.Net;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using PartnerBot.Owner.Access;

namespace PartnerBot.Tests.Owner;

/// <summary>The Data Protection key ring (which signs the owner's cookie) is encrypted in the store when <c>Owner:DataProtectionKey</c> is set.</summary>
public class OwnerKeyRingTests
{
    private static readonly string ProtectionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task With_a_protection_key_the_stored_key_ring_holds_no_plain_key_material()
    {
        var store = new MemoryStorage();
        await using var app = OwnerAppFactory.Sharing(store, new Dictionary<string, string?> { ["Owner:DataProtectionKey"] = ProtectionKey });
        using var client = app.CreateOwnerClient();
        var cookie = OwnerSessionTests.SessionCookie(await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password));

        var keys = await KeyRingAsync(store);
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
            Assert.Contains("partnerBotEncryptedKey", key, StringComparison.Ordinal);
        });

        // Another instance with the same key reads the ring and the cookie.
        await using var other = OwnerAppFactory.Sharing(store, new Dictionary<string, string?> { ["Owner:DataProtectionKey"] = ProtectionKey });
        Assert.Equal(HttpStatusCode.OK, await OwnerSessionTests.InboxWithAsync(other, cookie));
    }

    [Fact]
    public async Task In_a_SQLite_database_no_byte_of_the_files_holds_a_plain_key()
    {
        using var file = new PartnerBot.Tests.Storage.SqliteTestFile();
        await using (var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:PartnerBot"] = $"Data Source={file.FilePath}",
            ["Owner:DataProtectionKey"] = ProtectionKey,
        }))
        {
            using var client = app.CreateOwnerClient();
            OwnerSessionTests.SessionCookie(await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password));
            Assert.NotEmpty(await KeyRingAsync(app.Storage));
        }

        var bytes = Directory.GetFiles(Path.GetDirectoryName(file.FilePath)!).SelectMany(File.ReadAllBytes).ToArray();
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("partnerBotEncryptedKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_protection_key_the_ring_is_plain_and_configuring_one_removes_the_plain_keys()
    {
        var store = new MemoryStorage();
        await using var plain = OwnerAppFactory.Sharing(store);
        using var client = plain.CreateOwnerClient();
        var cookie = OwnerSessionTests.SessionCookie(await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password));
        Assert.Contains(await KeyRingAsync(store), key => key.Contains("<masterKey", StringComparison.Ordinal));

        await using var protectedApp = OwnerAppFactory.Sharing(store, new Dictionary<string, string?> { ["Owner:DataProtectionKey"] = ProtectionKey });
        // The cookie signed with a plain key no longer opens anything; the owner signs in once more.
        Assert.Equal(HttpStatusCode.Redirect, await OwnerSessionTests.InboxWithAsync(protectedApp, cookie));
        using var again = protectedApp.CreateOwnerClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/owner")).StatusCode);
        Assert.All(await KeyRingAsync(store), key => Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_Production_an_unprotected_key_ring_is_warned_about_at_start()
    {
        await using var production = new OwnerAppFactory { Environment = "Production" };
        _ = production.Services;
        Assert.Contains(production.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Owner:DataProtectionKey is not set", StringComparison.Ordinal));

        await using var configured = OwnerAppFactory.With(new Dictionary<string, string?> { ["Owner:DataProtectionKey"] = ProtectionKey });
        configured.Environment = "Production";
        _ = configured.Services;
        Assert.DoesNotContain(configured.Logs.Lines, line => line.Contains("Owner:DataProtectionKey is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_sealed_with_one_protection_key_does_not_open_with_another()
    {
        var element = System.Xml.Linq.XElement.Parse("<masterKey><value>c2VjcmV0</value></masterKey>");
        var sealedKey = new KeyRingEncryption(RandomNumberGenerator.GetBytes(32)).Encrypt(element).EncryptedElement;
        Assert.DoesNotContain("c2VjcmV0", sealedKey.ToString(), StringComparison.Ordinal);
        Assert.Throws<CryptographicException>(() => KeyRingEncryption.Decrypt(sealedKey, RandomNumberGenerator.GetBytes(32)));
    }

    private static async Task<List<string>> KeyRingAsync(IStorage store) =>
        (await store.ReadAsync<DataProtectionKeys>([StorageXmlRepository.Key], CancellationToken.None))[StorageXmlRepository.Key].Keys;
}
