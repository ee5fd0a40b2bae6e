namespace PartnerBot.Owner.Dashboard;

/// <summary>New wishes in the week starting on <paramref name="Start"/> (a Monday).</summary>
public sealed record WeekCount(DateOnly Start, int Count);
