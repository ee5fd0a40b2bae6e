using System.Collections.Concurrent;
using PartnerBot.Profiles;

namespace PartnerBot.Storage.Memory;

/// <summary>Profiles held in memory: for tests and for <c>Storage:Provider=Memory</c>.</summary>
public sealed class InMemoryProfileStore : IProfileStore
{
    private readonly ConcurrentDictionary<string, PartnerProfile> _profiles = new();
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public Task SaveAsync(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = profile.CloneHeader();
            if (_profiles.TryGetValue(profile.Id, out var existing))
            {
                stored.FollowUp = existing.FollowUp;
                stored.Entries.AddRange(existing.Entries);
            }

            foreach (var entry in newEntries)
            {
                var duplicate = entry.ActivityId is not null
                    && stored.Entries.Any(e => e.ActivityId == entry.ActivityId && e.Slot == entry.Slot);
                if (!duplicate)
                {
                    stored.Entries.Add(entry);
                }
            }

            _profiles[profile.Id] = stored;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_profiles.TryGetValue(id, out var stored))
            {
                return Task.FromResult<PartnerProfile?>(null);
            }

            var copy = stored.CloneHeader();
            copy.Entries.AddRange(stored.Entries.OrderBy(e => e.At));
            return Task.FromResult<PartnerProfile?>(copy);
        }
    }

    /// <inheritdoc/>
    public Task<ProfilePage> QueryAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var matches = _profiles.Values
                .Where(p => query.Status is null || p.Status == query.Status)
                .Where(p => query.FollowUp is null || p.FollowUp == query.FollowUp)
                .Where(p => !query.WithRequests || p.Requests.Count > 0)
                .Where(p => query.Since is null || p.UpdatedAt >= query.Since)
                .Where(p => query.Until is null || p.UpdatedAt <= query.Until)
                .Where(p => ProfileText.Matches(p, query.Text))
                .Where(p => !query.WithAnswersOnly || p.Answers.Count > 0 || p.Requests.Count > 0)
                .OrderByDescending(p => query.UrgentFirst && p.Timeframe?.Urgent == true)
                .ThenByDescending(p => p.UpdatedAt)
                .ThenByDescending(p => p.Id, StringComparer.Ordinal)
                .ToList();
            var page = matches.Skip(query.Skip).Take(query.Take).Select(p => p.CloneHeader()).ToList();
            return Task.FromResult(new ProfilePage(page, matches.Count));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> FindIdsByCustomerAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids = _profiles.Values
            .Where(p => p.UserId == userId && p.ChannelId == channelId)
            .OrderBy(p => p.CreatedAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p.Id)
            .ToList();
        return Task.FromResult(ids);
    }

    /// <inheritdoc/>
    public Task<bool> SetFollowUpAsync(string id, string followUp, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_profiles.TryGetValue(id, out var stored))
            {
                return Task.FromResult(false);
            }

            stored.FollowUp = followUp;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.TryRemove(id, out _));

    /// <inheritdoc/>
    public Task<IReadOnlyList<PartnerProfile>> PurgeAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var expired = _profiles.Values
                .Where(p => p.UpdatedAt < allBefore || (p.Status == ProfileStatus.InProgress && p.UpdatedAt < incompleteBefore))
                .ToList();
            foreach (var profile in expired)
            {
                _profiles.TryRemove(profile.Id, out _);
            }

            IReadOnlyList<PartnerProfile> removed = expired.Select(p => p.CloneHeader()).ToList();
            return Task.FromResult(removed);
        }
    }
}
