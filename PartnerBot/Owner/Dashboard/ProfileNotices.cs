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

    /// <summary>The notice of a profile's urgent requests: what is asked ("Rückruf gewünscht") in the title, the rest as for a completed
    /// profile; the request's words stay on the profile page, as they may hold a phone number.</summary>
    public static ProfileNotice ForRequests(Questionnaire questions, PartnerProfile profile, IReadOnlyList<ProfileRequest> urgent, OwnerText text, string? dashboardUrl)
    {
        ArgumentNullException.ThrowIfNull(urgent);
        var notice = For(questions, profile, text, dashboardUrl);
        var kinds = string.Join(", ", urgent.Select(r => r.Kind).Distinct().Select(k => text["request." + k]));
        return notice with
        {
            Title = text.Format("notify.request", kinds, string.IsNullOrWhiteSpace(profile.Name) ? text["profile.anonymous"] : profile.Name),
            CompletedAt = urgent.Count > 0 ? urgent[^1].At : profile.UpdatedAt,
        };
    }
}
