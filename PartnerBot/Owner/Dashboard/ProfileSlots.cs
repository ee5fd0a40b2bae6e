using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The slots of a profile with their values and the customer's latest words for each.</summary>
public static class ProfileSlots
{
    /// <summary>The slots in the interview's order.</summary>
    public static IReadOnlyList<SlotRow> For(PartnerProfile profile, OwnerText text)
    {
        string? Words(params string[] slots) =>
            profile.Entries.LastOrDefault(e => slots.Contains(e.Slot, StringComparer.OrdinalIgnoreCase))?.Text;

        return
        [
            new("name", profile.Name, Words("name")),
            new("wish", profile.Wish, Words("wish")),
            new("vision", profile.Vision, Words("vision")),
            new("timeframe", ProfileDisplay.Timeframe(profile.Timeframe, text), Words("timeframe") ?? profile.Timeframe?.Text),
            new("budget", ProfileDisplay.Budget(profile.Budget, text), Words("budget") ?? profile.Budget?.Text),
            new("email", profile.Email, Words("email", "contact")),
            new("phone", profile.Phone, Words("phone", "contact")),
        ];
    }
}
