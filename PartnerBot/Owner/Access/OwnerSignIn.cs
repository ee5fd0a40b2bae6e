using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>
/// Checks a dashboard sign-in. Failures slow down further tries with a doubling wait: first for the client address they come from,
/// and only after many more (from many addresses) and briefly for the account, so a guesser elsewhere never keeps the owner out.
/// </summary>
public sealed class OwnerSignIn(
    OwnerPassword password, IStorage storage, AddressThrottle addresses, IOptionsMonitor<OwnerOptions> options, TimeProvider time, ILogger<OwnerSignIn> logger)
{
    /// <summary>Checks name and password from <paramref name="clientAddress"/>; unknown name and wrong password are the same failure and cost the same time.</summary>
    public async Task<SignInResult> CheckAsync(string? userName, string? givenPassword, string clientAddress, CancellationToken cancellationToken)
    {
        var throttle = options.CurrentValue.SignIn;
        var addressWait = addresses.Wait(clientAddress);
        if (addressWait > TimeSpan.Zero)
        {
            logger.LogWarning("Owner sign-in refused: this address has to wait after failed attempts.");
            return new(SignInOutcome.LockedOut, addressWait);
        }

        var lockout = await ReadLockoutAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (lockout.LockedUntil is { } until && until > now)
        {
            logger.LogWarning("Owner sign-in refused: the account waits until {LockedUntil:O} after failed attempts.", until);
            return new(SignInOutcome.LockedOut, until - now);
        }

        var hash = await password.GetHashAsync(cancellationToken);
        var passwordOk = PasswordHash.Verify(givenPassword ?? "", hash);
        var userOk = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes((userName ?? "").Trim().ToUpperInvariant()),
            Encoding.UTF8.GetBytes(options.CurrentValue.UserName.ToUpperInvariant()));
        if (passwordOk && userOk)
        {
            addresses.Reset(clientAddress);
            if (lockout.Failures > 0 || lockout.LockedUntil is not null)
            {
                await UpdateLockoutAsync(l => { l.Failures = 0; l.LockedUntil = null; }, cancellationToken);
            }

            logger.LogInformation("Owner signed in.");
            return new(SignInOutcome.Success, TimeSpan.Zero);
        }

        now = time.GetUtcNow();
        var failures = addresses.Fail(clientAddress, n => SignInThrottleOptions.Delay(n, throttle.AddressFailures, throttle.AddressDelay, throttle.AddressMaxDelay));
        var account = await UpdateLockoutAsync(
            l =>
            {
                l.Failures++;
                var delay = SignInThrottleOptions.Delay(l.Failures, throttle.AccountFailures, throttle.AccountDelay, throttle.AccountMaxDelay);
                l.LockedUntil = delay > TimeSpan.Zero ? now + delay : null;
            },
            cancellationToken);
        logger.LogWarning(
            "Owner sign-in failed ({AddressFailures} in a row from this address, {AccountFailures} for the account).", failures, account.Failures);
        return new(SignInOutcome.Failed, TimeSpan.Zero);
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
