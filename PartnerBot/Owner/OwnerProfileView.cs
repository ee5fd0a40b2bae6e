using PartnerBot.Profiles;

namespace PartnerBot.Owner;

/// <summary>A partner profile as owners read it through the API (camelCase JSON).</summary>
public sealed record OwnerProfileView(
    string Id,
    string UserId,
    string ChannelId,
    string ConversationId,
    string Locale,
    string Status,
    bool Completed,
    string FollowUp,
    string? Name,
    string? Wish,
    string? Vision,
    TimeframeValue? Timeframe,
    BudgetValue? Budget,
    string? Email,
    string? Phone,
    DateTimeOffset? ConsentAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OwnerEntryView> Entries)
{
    /// <summary>The view of a profile (with the entries it was read with).</summary>
    public static OwnerProfileView From(PartnerProfile p) => new(
        p.Id, p.UserId, p.ChannelId, p.ConversationId, p.Locale, p.Status, p.Completed, p.FollowUp,
        p.Name, p.Wish, p.Vision, p.Timeframe, p.Budget, p.Email, p.Phone, p.ConsentAt, p.CreatedAt, p.UpdatedAt,
        p.Entries.Select(e => new OwnerEntryView(e.Slot, e.Text, e.Value, e.At, e.ConversationId, e.ChannelId)).ToList());
}

/// <summary>One entry of a profile as owners read it.</summary>
public sealed record OwnerEntryView(string Slot, string Text, string? Value, DateTimeOffset At, string ConversationId, string ChannelId);

/// <summary>One page of profiles, newest first.</summary>
public sealed record OwnerProfilePage(IReadOnlyList<OwnerProfileView> Items, int Total, int Skip, int Take);
