namespace PartnerBot.Profiles;

/// <summary>Where a profile's interview stands.</summary>
public static class ProfileStatus
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";

    /// <summary>The customer consented and then cancelled the interview.</summary>
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [InProgress, Completed, Cancelled];
}
