using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Notifications;

/// <summary>
/// Notifies the owner of each completed profile once: finds completed profiles without an outbox item, creates one,
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

    /// <summary>One round: queue newly completed profiles and deliver what is due; returns how many notifications were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var enabled = channels.Where(c => c.IsEnabled).ToList();
        if (enabled.Count == 0)
        {
            return 0;
        }

        var delivered = 0;
        var since = time.GetUtcNow().AddDays(-options.CurrentValue.NotifyLookbackDays);
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await profiles.QueryAsync(new ProfileQuery { Status = ProfileStatus.Completed, Since = since, Skip = skip, Take = PageSize }, cancellationToken);
            var keys = page.Items.Select(p => OutboxItem.KeyFor(p.Id)).ToArray();
            if (keys.Length > 0)
            {
                await QueueMissingAsync(page.Items, await storage.ReadAsync<OutboxItem>(keys, cancellationToken), cancellationToken);
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

    private async Task QueueMissingAsync(IReadOnlyList<PartnerProfile> completed, IDictionary<string, OutboxItem> existing, CancellationToken cancellationToken)
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
        return await TryWriteAsync(OutboxItem.KeyFor(item.ProfileId), item, cancellationToken);
    }

    private async Task<bool> DeliverAsync(OutboxItem item, IReadOnlyList<INotificationChannel> enabled, CancellationToken cancellationToken)
    {
        var key = OutboxItem.KeyFor(item.ProfileId);
        var profile = await profiles.GetAsync(item.ProfileId, cancellationToken);
        if (profile is null)
        {
            await storage.DeleteAsync([key], cancellationToken);
            return false;
        }

        var notice = ProfileNotices.For(questions, profile, wording.For("de"), options.CurrentValue.DashboardUrl);
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
