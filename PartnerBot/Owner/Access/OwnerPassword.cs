using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>
/// The hash the dashboard password is checked against: of <c>Owner:Password</c>, or of a password generated once and written
/// to a file only the app's user can read (<c>Owner:GeneratedPasswordFile</c>). Either way only the hash is stored.
/// </summary>
public sealed class OwnerPassword(IStorage storage, IOptions<OwnerOptions> options, TimeProvider time, ILogger<OwnerPassword> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _hash;

    /// <summary>The current hash; on the very first start a password is generated, written to its file, and only its hash stored.</summary>
    public async Task<string> GetHashAsync(CancellationToken cancellationToken)
    {
        if (_hash is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _hash ??= await LoadOrCreateAsync(cancellationToken);
            return _hash;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fingerprint of the hash that changes exactly when the password does (sessions begun before it end).</summary>
    public async Task<string> GetStampAsync(CancellationToken cancellationToken) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(await GetHashAsync(cancellationToken))))[..32];

    private async Task<string> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync<OwnerCredentials>([OwnerCredentials.Key], cancellationToken);
        var credentials = stored.TryGetValue(OwnerCredentials.Key, out var found) && found.PasswordHash.Length > 0 ? found : null;
        if (options.Value.Password is { Length: > 0 } configured)
        {
            // The configured password's hash is kept too, so that its stamp survives restarts and changes with the password.
            return credentials is { Configured: true } && PasswordHash.Verify(configured, credentials.PasswordHash)
                ? credentials.PasswordHash
                : (await ReplaceAsync(PasswordHash.Create(configured), configured: true, credentials?.ETag, cancellationToken)).Hash;
        }

        if (credentials is { Configured: false })
        {
            return credentials.PasswordHash;
        }

        var password = PasswordHash.Generate();
        var (hash, ours) = await ReplaceAsync(PasswordHash.Create(password), configured: false, credentials?.ETag, cancellationToken);
        if (ours)
        {
            WritePasswordFile(password);
        }

        return hash;
    }

    /// <summary>Stores <paramref name="hash"/>; should another instance have stored one at the same moment, that one is the one.</summary>
    private async Task<(string Hash, bool Ours)> ReplaceAsync(string hash, bool configured, string? etag, CancellationToken cancellationToken)
    {
        // Without an item to replace, an ETag no stored item can have makes the write "create only".
        var created = new OwnerCredentials { PasswordHash = hash, Configured = configured, CreatedAt = time.GetUtcNow(), ETag = etag ?? "new-" + Guid.NewGuid().ToString("N") };
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [OwnerCredentials.Key] = created }, cancellationToken);
            return (hash, true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var stored = await storage.ReadAsync<OwnerCredentials>([OwnerCredentials.Key], cancellationToken);
            return (stored[OwnerCredentials.Key].PasswordHash, false);
        }
    }

    private void WritePasswordFile(string password)
    {
        var path = Path.GetFullPath(options.Value.GeneratedPasswordFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created readable by the app's user only; the password never reaches the console or the logs.
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            if (File.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        using (var writer = new StreamWriter(path, Encoding.UTF8, file))
        {
            writer.WriteLine($"PartnerBot owner dashboard: user '{options.Value.UserName}', generated password:");
            writer.WriteLine(password);
            writer.WriteLine("Set Owner:Password to choose your own; delete this file once you have written the password down.");
        }

        Console.WriteLine($"PartnerBot owner dashboard: a password was generated; it is in {path} (readable by this user only).");
        logger.LogWarning("No Owner:Password is configured: a dashboard password was generated and written to {PasswordFile}.", path);
    }
}
