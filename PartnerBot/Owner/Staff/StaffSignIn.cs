using Microsoft.Extensions.Options;
using PartnerBot.Owner.Access;

namespace PartnerBot.Owner.Staff;

/// <summary>Checks a staff member's password sign-in, slowed down after failures as the owner's is (<see cref="OwnerSignIn"/>):
/// per client address first, then briefly per account; an unknown name costs the same work as a wrong password.</summary>
public sealed class StaffSignIn(IStaffStore staff, AddressThrottle addresses, IOptionsMonitor<OwnerOptions> options, TimeProvider time, ILogger<StaffSignIn> logger)
{
    // Verified against when the name is unknown, so that answer takes as long as a wrong password.
    private static readonly Lazy<string> UnknownHash = new(() => PasswordHash.Create(PasswordHash.Generate()));

    /// <summary>Checks name and password from <paramref name="clientAddress"/>; the member on success.</summary>
    public async Task<(SignInResult Result, StaffMember? Member)> CheckAsync(string? userName, string? password, string clientAddress, CancellationToken cancellationToken)
    {
        var throttle = options.CurrentValue.SignIn;
        var addressWait = addresses.Wait(clientAddress);
        if (addressWait > TimeSpan.Zero)
        {
            logger.LogWarning("Staff sign-in refused: this address has to wait after failed attempts.");
            return (new(SignInOutcome.LockedOut, addressWait), null);
        }

        var member = string.IsNullOrWhiteSpace(userName) ? null : await staff.FindByUserNameAsync(userName, cancellationToken);
        var now = time.GetUtcNow();
        if (member?.LockedUntil is { } until && until > now)
        {
            logger.LogWarning("Staff sign-in refused: the account waits after failed attempts.");
            return (new(SignInOutcome.LockedOut, until - now), null);
        }

        var ok = PasswordHash.Verify(password ?? "", member?.PasswordHash ?? UnknownHash.Value) && member?.PasswordHash is not null;
        if (ok && member is not null)
        {
            addresses.Reset(clientAddress);
            if (member.Failures > 0)
            {
                await staff.ResetFailuresAsync(member.Id, cancellationToken);
            }

            logger.LogInformation("Staff member {StaffId} signed in.", member.Id);
            return (new(SignInOutcome.Success, TimeSpan.Zero), member);
        }

        addresses.Fail(clientAddress, n => SignInThrottleOptions.Delay(n, throttle.AddressFailures, throttle.AddressDelay, throttle.AddressMaxDelay));
        if (member is not null)
        {
            now = time.GetUtcNow();
            await staff.FailAsync(member.Id, n => SignInThrottleOptions.Delay(n, throttle.AccountFailures, throttle.AccountDelay, throttle.AccountMaxDelay) is var delay && delay > TimeSpan.Zero
                ? now + delay
                : null, cancellationToken);
        }

        logger.LogWarning("Staff sign-in failed.");
        return (new(SignInOutcome.Failed, TimeSpan.Zero), null);
    }
}
