using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Access;

/// <summary>
/// Server-side dashboard sessions: the cookie carries a session id that must be in the store on every request, so signing out
/// (or a new password, or <c>Owner:SessionMaxLifetime</c>) ends the session even for a copy of the cookie.
/// </summary>
public sealed class OwnerSessions(
    IStorage storage, OwnerPassword password, Staff.IStaffStore staff, IOptionsMonitor<OwnerOptions> options, TimeProvider time, ILogger<OwnerSessions> logger)
{
    /// <summary>The claim that holds the session id.</summary>
    public const string ClaimType = "partnerbot:session";

    /// <summary>Begins a session and returns its id (256 random bits): the owner's, or a staff member's when <paramref name="staffId"/> is given.</summary>
    public async Task<string> BeginAsync(string? staffId, CancellationToken cancellationToken)
    {
        var session = new OwnerSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = time.GetUtcNow(),
            StaffId = staffId,
            Stamp = staffId is null ? await password.GetStampAsync(cancellationToken) : (await staff.FindAsync(staffId, cancellationToken))?.Stamp ?? "",
        };
        await UpdateAsync(list => list.Sessions.Add(session), cancellationToken);
        return session.Id;
    }

    /// <summary>True when <paramref name="principal"/> carries a session that is still signed in, with today's password and within its lifetime.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (principal?.FindFirst(ClaimType)?.Value is not { Length: > 0 } id)
        {
            return false;
        }

        var list = await ReadAsync(cancellationToken);
        var session = list.Sessions.Find(s => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(s.Id), HexOrEmpty(id)));
        if (session is null || session.StaffId != Staff.StaffClaims.StaffId(principal))
        {
            return false;
        }

        // A staff member's session ends when the owner removes them or their password changes.
        var stamp = session.StaffId is null
            ? await password.GetStampAsync(cancellationToken)
            : (await staff.FindAsync(session.StaffId, cancellationToken))?.Stamp;
        return stamp is not null && IsCurrent(session, stamp);
    }

    /// <summary>Ends the session <paramref name="principal"/> carries.</summary>
    public async Task EndAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (principal?.FindFirst(ClaimType)?.Value is { Length: > 0 } id)
        {
            await UpdateAsync(list => list.Sessions.RemoveAll(s => s.Id == id), cancellationToken);
            logger.LogInformation("Owner signed out; the session has ended.");
        }
    }

    private bool IsCurrent(OwnerSession session, string stamp) =>
        session.Stamp == stamp && time.GetUtcNow() - session.CreatedAt < options.CurrentValue.SessionMaxLifetime;

    private static byte[] HexOrEmpty(string id)
    {
        try
        {
            return Convert.FromHexString(id);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private async Task<OwnerSessionList> ReadAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync<OwnerSessionList>([OwnerSessionList.Key], cancellationToken);
        return items.TryGetValue(OwnerSessionList.Key, out var list) ? list : new OwnerSessionList();
    }

    private async Task UpdateAsync(Action<OwnerSessionList> change, CancellationToken cancellationToken)
    {
        var stamp = await password.GetStampAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var list = await ReadAsync(cancellationToken);
            list.ETag ??= "new-" + Guid.NewGuid().ToString("N");
            change(list);
            // Ended and outlived sessions leave the list, so it stays as short as the owner's devices.
            list.Sessions.RemoveAll(s => !IsCurrent(s, s.StaffId is null ? stamp : s.Stamp));
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [OwnerSessionList.Key] = list }, cancellationToken);
                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is not OperationCanceledException)
            {
                logger.LogDebug("The session list changed concurrently; retrying.");
            }
        }
    }
}
