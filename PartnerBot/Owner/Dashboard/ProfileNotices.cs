using PartnerBot.Interview.Questions;
using PartnerBot.Owner.Notifications;
using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Builds the owner's notice of a completed profile.</summary>
public static class ProfileNotices
{
    /// <summary>The notice, with a link to the profile page when the dashboard's address is known.</summary>
    public static ProfileNotice For(Questionnaire questions, PartnerProfile profile, OwnerText text, string? dashboardUrl)
    {
        string? Shown(string name) => questions.Find(name) is { } question ? question.ShowToOwner(profile.Answers, name, text.Culture) : null;
        var url = string.IsNullOrWhiteSpace(dashboardUrl) ? null : $"{dashboardUrl.TrimEnd('/')}/owner/profiles/{Uri.EscapeDataString(profile.Id)}";
        return new ProfileNotice(
            profile.Id,
            text.Format("notify.title", string.IsNullOrWhiteSpace(profile.Name) ? text["profile.anonymous"] : profile.Name),
            profile.Name,
            profile.Wish,
            Shown(SlotNames.Timeframe),
            Shown(SlotNames.Budget),
            profile.UpdatedAt,
            url);
    }
}
