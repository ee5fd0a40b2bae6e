using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>Warns at start in Production when the Data Protection key ring is stored unencrypted (anyone with the database could forge a sign-in).</summary>
public sealed class KeyRingCheck(IHostEnvironment environment, IOptions<OwnerOptions> options, ILogger<KeyRingCheck> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(options.Value.DataProtectionKey))
        {
            logger.LogWarning(
                "Owner:DataProtectionKey is not set: the keys that sign the dashboard's cookies are stored unencrypted in the database. " +
                "Set it to 32 random bytes in base64 (e.g. openssl rand -base64 32), ideally from a key vault.");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
