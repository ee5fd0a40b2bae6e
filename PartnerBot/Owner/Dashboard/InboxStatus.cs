using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The one status filter owners pick from, mapped to the interview status and the follow-up.</summary>
public static class InboxStatus
{
    /// <summary>The choices, in the order a profile moves through them.</summary>
    public static readonly IReadOnlyList<string> All =
        [ProfileStatus.InProgress, FollowUpStatus.New, FollowUpStatus.Contacted, FollowUpStatus.Won, FollowUpStatus.Lost, ProfileStatus.Cancelled];

    /// <summary>The query for one choice (unknown or empty = everything).</summary>
    public static ProfileQuery Apply(ProfileQuery query, string? status) => status switch
    {
        ProfileStatus.InProgress or ProfileStatus.Cancelled or ProfileStatus.Completed => query with { Status = status },
        FollowUpStatus.New or FollowUpStatus.Contacted or FollowUpStatus.Won or FollowUpStatus.Lost =>
            query with { Status = ProfileStatus.Completed, FollowUp = status },
        _ => query,
    };
}
