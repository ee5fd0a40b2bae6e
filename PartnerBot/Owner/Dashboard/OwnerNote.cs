namespace PartnerBot.Owner.Dashboard;

/// <summary>Something the owner wrote about a profile, or a reply they sent to the customer.</summary>
public sealed record OwnerNote(DateTimeOffset At, string Text, bool IsReply = false);
