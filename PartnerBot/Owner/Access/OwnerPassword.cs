using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>The hash the dashboard password is checked against: of <c>Owner:Password</c>, or of a password generated once and printed once.</summary>
public sealed class OwnerPassword(IStorage storage, IOptions<OwnerOptions> options, TimeProvider time, ILogger<OwnerPassword> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _hash;

    /// <summary>The current hash; on the very first start a password is generated, printed to the console once, and only its hash stored.</summary>
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

    private async Task<string> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.Password))
        {
            // Hashed in memory too, so the comparison costs the same whatever is configured.
            return PasswordHash.Create(options.Value.Password);
        }

        var stored = await storage.ReadAsync<OwnerCredentials>([OwnerCredentials.Key], cancellationToken);
        if (stored.TryGetValue(OwnerCredentials.Key, out var credentials) && credentials.PasswordHash.Length > 0)
        {
            return credentials.PasswordHash;
        }

        var password = PasswordHash.Generate();
        // An ETag no stored item can have makes the write "create only": if another instance generated a password
        // at the same moment, this write fails and that instance's password (which it printed) is the one.
        var created = new OwnerCredentials { PasswordHash = PasswordHash.Create(password), CreatedAt = time.GetUtcNow(), ETag = "new-" + Guid.NewGuid().ToString("N") };
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [OwnerCredentials.Key] = created }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stored = await storage.ReadAsync<OwnerCredentials>([OwnerCredentials.Key], cancellationToken);
            return stored[OwnerCredentials.Key].PasswordHash;
        }

        // Printed to the console only, never to the logs, and only this once: afterwards only the hash exists.
        Console.WriteLine();
        Console.WriteLine($"PartnerBot owner dashboard: user '{options.Value.UserName}', generated password: {password}");
        Console.WriteLine("Write it down now; it is not shown again. Set Owner:Password to choose your own.");
        Console.WriteLine();
        logger.LogWarning("No Owner:Password is configured: a dashboard password was generated and printed to the console once.");
        return created.PasswordHash;
    }
}
