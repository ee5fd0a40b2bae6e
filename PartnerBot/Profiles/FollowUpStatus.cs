namespace PartnerBot.Profiles;

/// <summary>Where the owner's follow-up of a profile stands.</summary>
public static class FollowUpStatus
{
    public const string New = "new";
    public const string Contacted = "contacted";
    public const string Won = "won";
    public const string Lost = "lost";

    public static readonly IReadOnlyList<string> All = [New, Contacted, Won, Lost];
}
