namespace PartnerBot.Profiles;

/// <summary>The durable home of partner profiles and their append-only entries.</summary>
public interface IProfileStore
{
    /// <summary>Creates the profile or updates its fields, and appends the new entries, all or nothing.</summary>
    /// <remarks>The owner's <see cref="PartnerProfile.FollowUp"/> is left as stored (see <see cref="SetFollowUpAsync"/>).
    /// An entry whose (activity id, slot) the profile already has is not appended again, so a re-delivered turn adds nothing.</remarks>
    Task SaveAsync(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken);

    /// <summary>The profile with all its entries, or null.</summary>
    Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of profiles (without entries), newest first.</summary>
    Task<ProfilePage> QueryAsync(ProfileQuery query, CancellationToken cancellationToken);

    /// <summary>The ids of every profile of one customer, oldest first: the channel identity (<paramref name="channelId"/>, <paramref name="userId"/>).</summary>
    /// <remarks>A user id is unique only within its channel (the same id on <c>msteams</c> and <c>webchat</c> are two people), so there is no lookup by user id alone.</remarks>
    Task<IReadOnlyList<string>> FindIdsByCustomerAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Sets the owner's follow-up status; false when there is no such profile.</summary>
    Task<bool> SetFollowUpAsync(string id, string followUp, CancellationToken cancellationToken);

    /// <summary>Removes a profile and its entries; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes in-progress profiles last changed before <paramref name="incompleteBefore"/> and all profiles last changed before <paramref name="allBefore"/>; returns the removed profiles' user and conversation ids.</summary>
    Task<IReadOnlyList<PartnerProfile>> PurgeAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken);
}
