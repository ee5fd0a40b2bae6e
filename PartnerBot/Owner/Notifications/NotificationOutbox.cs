using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Notifications;

/// <summary>
/// Notifies the owner of each completed profile once, and of each new request for a person, a call back or a complaint as soon as it is
/// made: finds such profiles without an outbox item, creates one,
/// and delivers due items with retries and exponential backoff. Every instance may run it; an ETag-checked claim
/// in the shared <see cref="IStorage"/> makes sure only one of them sends a given notification.
/// </summary>
public sealed class NotificationOutbox(
    IStorage storage,
    IProfileStore profiles,
    IEnumerable<INotificationChannel> channels,
    OwnerWordingCatalog wording,
    Interview.Questions.Questionnaire questions,
    IOptionsMonitor<OwnerOptions> options,
    TimeProvider time,
    ILogger<NotificationOutbox> logger)
{
    /// <summary>After this many failed attempts a notification is given up (about a day with the backoff below).</summary>
    public const int MaxAttempts = 40;

    /// <summary>How long an instance owns a claimed notification before another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(30);
    private const int PageSize = 100;

    /// <summary>True when at least one channel is configured.</summary>
    public bool IsEnabled => channels.Any(c => c.IsEnabled);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: 30 s, 1 min, 2 min, … at most 30 min.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Clamp(attempts - 1, 0, 20)));

    /// <summary>One round: queue newly completed profiles and new requests for a person, a call back or a complaint, and deliver what is
    /// due; returns how many notifications were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var enabled = channels.Where(c => c.IsEnabled).ToList();
        if (enabled.Count == 0)
        {
            return 0;
        }

        var since = time.GetUtcNow().AddDays(-options.CurrentValue.NotifyLookbackDays);
        var delivered = await RunAsync(new ProfileQuery { Status = ProfileStatus.Completed, Since = since }, p => OutboxItem.KeyFor(p.Id), QueueCompletedAsync, enabled, cancellationToken);
        return delivered + await RunAsync(new ProfileQuery { WithRequests = true, Since = since }, p => OutboxItem.RequestsKeyFor(p.Id), QueueRequestsAsync, enabled, cancellationToken);
    }

    private async Task<int> RunAsync(ProfileQuery query, Func<PartnerProfile, string> key, Func<IReadOnlyList<PartnerProfile>, IDictionary<string, OutboxItem>, CancellationToken, Task> queue,
        IReadOnlyList<INotificationChannel> enabled, CancellationToken cancellationToken)
    {
        var delivered = 0;
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await profiles.QueryAsync(query with { Skip = skip, Take = PageSize }, cancellationToken);
            var keys = page.Items.Select(key).ToArray();
            if (keys.Length > 0)
            {
                await queue(page.Items, await storage.ReadAsync<OutboxItem>(keys, cancellationToken), cancellationToken);
                foreach (var item in (await storage.ReadAsync<OutboxItem>(keys, cancellationToken)).Values)
                {
                    if (await TryClaimAsync(item, cancellationToken) && await DeliverAsync(item, enabled, cancellationToken))
                    {
                        delivered++;
                    }
                }
            }

            if (skip + PageSize >= page.Total)
            {
                return delivered;
            }
        }
    }

    private async Task QueueCompletedAsync(IReadOnlyList<PartnerProfile> completed, IDictionary<string, OutboxItem> existing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var profile in completed.Where(p => !existing.ContainsKey(OutboxItem.KeyFor(p.Id))))
        {
            // An ETag that cannot match an existing item makes this write "create only": if another instance
            // created the item meanwhile, the write fails instead of resetting that item.
            var item = new OutboxItem { ProfileId = profile.Id, CreatedAt = now, NextAttemptAt = now, ETag = "new-" + Guid.NewGuid().ToString("N") };
            await TryWriteAsync(OutboxItem.KeyFor(profile.Id), item, cancellationToken);
        }
    }

    /// <summary>A profile with more urgent requests than the owner was told of gets its requests' item (again), due now.</summary>
    private async Task QueueRequestsAsync(IReadOnlyList<PartnerProfile> asked, IDictionary<string, OutboxItem> existing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var profile in asked)
        {
            var urgent = profile.Requests.Count(r => RequestKind.IsUrgent(r.Kind));
            var key = OutboxItem.RequestsKeyFor(profile.Id);
            if (existing.TryGetValue(key, out var item))
            {
                if (item.State is OutboxItem.Sent or OutboxItem.Abandoned && urgent > item.Notified)
                {
                    // Re-armed with the ETag it was read with: an instance that changed it meanwhile wins.
                    (item.State, item.Attempts, item.NextAttemptAt, item.Delivered) = (OutboxItem.Pending, 0, now, []);
                    await TryWriteAsync(key, item, cancellationToken);
                }
            }
            else if (urgent > 0)
            {
                await TryWriteAsync(key, new OutboxItem
                {
                    ProfileId = profile.Id, Kind = OutboxItem.RequestsKind, CreatedAt = now, NextAttemptAt = now, ETag = "new-" + Guid.NewGuid().ToString("N"),
                }, cancellationToken);
            }
        }
    }

    private async Task<bool> TryClaimAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!item.IsDue(now) || item.ETag is null or "*")
        {
            return false;
        }

        item.State = OutboxItem.Sending;
        item.LeaseUntil = now + Lease;
        item.Attempts++;
        // The ETag read with the item: of two instances claiming at once, only one write succeeds.
        return await TryWriteAsync(item.Key, item, cancellationToken);
    }

    private async Task<bool> DeliverAsync(OutboxItem item, IReadOnlyList<INotificationChannel> enabled, CancellationToken cancellationToken)
    {
        var key = item.Key;
        var profile = await profiles.GetAsync(item.ProfileId, cancellationToken);
        if (profile is null)
        {
            await storage.DeleteAsync([key], cancellationToken);
            return false;
        }

        var urgent = profile.Requests.Where(r => RequestKind.IsUrgent(r.Kind)).ToList();
        var notice = item.Kind == OutboxItem.RequestsKind
            ? ProfileNotices.ForRequests(questions, profile, urgent, wording.For("de"), options.CurrentValue.DashboardUrl)
            : ProfileNotices.For(questions, profile, wording.For("de"), options.CurrentValue.DashboardUrl);
        foreach (var channel in enabled.Where(c => !item.Delivered.Contains(c.Name)))
        {
            try
            {
                await channel.SendAsync(notice, cancellationToken);
                item.Delivered.Add(channel.Name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                item.LastError = ex.GetType().Name;
                logger.LogWarning("Notification {ProfileId} via {Channel} failed (attempt {Attempt}): {Error}", item.ProfileId, channel.Name, item.Attempts, item.LastError);
            }
        }

        var now = time.GetUtcNow();
        var done = enabled.All(c => item.Delivered.Contains(c.Name));
        item.LeaseUntil = null;
        item.State = done ? OutboxItem.Sent : item.Attempts >= MaxAttempts ? OutboxItem.Abandoned : OutboxItem.Pending;
        item.SentAt = done ? now : null;
        item.Notified = done && item.Kind == OutboxItem.RequestsKind ? urgent.Count : item.Notified;
        item.NextAttemptAt = now + Backoff(item.Attempts);
        if (item.State == OutboxItem.Abandoned)
        {
            logger.LogError("Notification {ProfileId} given up after {Attempts} attempts.", item.ProfileId, item.Attempts);
        }

        // This instance holds the lease, so it may overwrite.
        item.ETag = "*";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
        if (await profiles.GetAsync(item.ProfileId, cancellationToken) is null)
        {
            // The customer was erased while this was being sent: their erasure took the record, and this write must not bring it back.
            await storage.DeleteAsync([key], cancellationToken);
        }

        if (done)
        {
            logger.LogInformation("Notification {ProfileId} delivered.", item.ProfileId);
        }

        return done;
    }

    private async Task<bool> TryWriteAsync(string key, OutboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An ETag conflict: another instance got there first.
            return false;
        }
    }
}
