using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>How a profile's values read for the owner: its status and one-line texts.</summary>
public static class ProfileDisplay
{
    /// <summary>The owner's view of where a profile stands: the interview's status until it is completed, then the follow-up.</summary>
    public static string Status(PartnerProfile profile) =>
        profile.Status == ProfileStatus.Completed ? profile.FollowUp : profile.Status;

    /// <summary>The first line of a longer text, cut to <paramref name="max"/> characters.</summary>
    public static string OneLine(string? value, int max = 90)
    {
        var line = (value ?? "").ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }
}
