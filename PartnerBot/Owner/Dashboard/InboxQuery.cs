using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The profile query for the inbox's search, status and date range (whole days in the owner's zone): profiles with answers, urgent first.</summary>
public static class InboxQuery
{
    /// <summary>The query; <paramref name="to"/> includes that whole day.</summary>
    public static ProfileQuery Create(string? text, string? status, DateOnly? from, DateOnly? to, OwnerClock clock)
    {
        var query = new ProfileQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Since = from is { } f ? clock.StartOf(f) : null,
            Until = to is { } t ? clock.StartOf(t.AddDays(1)).AddTicks(-1) : null,
            // A profile shows once the customer told us something; urgent wishes come first.
            WithAnswersOnly = true,
            UrgentFirst = true,
        };
        return InboxStatus.Apply(query, status);
    }
}
