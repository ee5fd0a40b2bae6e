using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>Checks a dashboard sign-in: after <see cref="MaxFailures"/> failures in a row every attempt is refused for <see cref="LockDuration"/>.</summary>
public sealed class OwnerSignIn(OwnerPassword password, IStorage storage, IOptionsMonitor<OwnerOptions> options, TimeProvider time, ILogger<OwnerSignIn> logger)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(5);

    /// <summary>Checks name and password; unknown name and wrong password are the same failure and cost the same time.</summary>
    public async Task<SignInOutcome> CheckAsync(string? userName, string? givenPassword, CancellationToken cancellationToken)
    {
        var lockout = await ReadLockoutAsync(cancellationToken);
        if (lockout.LockedUntil is { } until && until > time.GetUtcNow())
        {
            logger.LogWarning("Owner sign-in refused: locked until {LockedUntil:O}.", until);
            return SignInOutcome.LockedOut;
        }

        var hash = await password.GetHashAsync(cancellationToken);
        var passwordOk = PasswordHash.Verify(givenPassword ?? "", hash);
        var userOk = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes((userName ?? "").Trim().ToUpperInvariant()),
            Encoding.UTF8.GetBytes(options.CurrentValue.UserName.ToUpperInvariant()));
        if (passwordOk && userOk)
        {
            if (lockout.Failures > 0 || lockout.LockedUntil is not null)
            {
                await UpdateLockoutAsync(l => { l.Failures = 0; l.LockedUntil = null; }, cancellationToken);
            }

            logger.LogInformation("Owner signed in.");
            return SignInOutcome.Success;
        }

        var now = time.GetUtcNow();
        var locked = await UpdateLockoutAsync(
            l =>
            {
                l.Failures++;
                if (l.Failures >= MaxFailures)
                {
                    l.Failures = 0;
                    l.LockedUntil = now + LockDuration;
                }
            },
            cancellationToken);
        logger.LogWarning("Owner sign-in failed{Locked}.", locked.LockedUntil > now ? "; sign-in is now locked" : "");
        return SignInOutcome.Failed;
    }

    private async Task<OwnerLockout> ReadLockoutAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync<OwnerLockout>([OwnerLockout.Key], cancellationToken);
        return items.TryGetValue(OwnerLockout.Key, out var lockout) ? lockout : new OwnerLockout();
    }

    private async Task<OwnerLockout> UpdateLockoutAsync(Action<OwnerLockout> change, CancellationToken cancellationToken)
    {
        // Optimistic concurrency: two instances counting failures at once must not lose one.
        for (var attempt = 0; ; attempt++)
        {
            var lockout = await ReadLockoutAsync(cancellationToken);
            // A first item is written "create only" (an ETag nothing stored has), later ones against the ETag read.
            lockout.ETag ??= "new-" + Guid.NewGuid().ToString("N");
            change(lockout);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [OwnerLockout.Key] = lockout }, cancellationToken);
                return lockout;
            }
            catch (Exception ex) when (attempt < 5 && ex is not OperationCanceledException)
            {
                logger.LogDebug("Lockout counter changed concurrently; retrying.");
            }
        }
    }
}
