namespace PartnerBot.Profiles;

/// <summary>Where a profile's interview stands.</summary>
public static class ProfileStatus
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [InProgress, Completed, Declined];
}
