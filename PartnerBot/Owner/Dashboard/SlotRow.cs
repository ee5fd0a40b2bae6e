namespace PartnerBot.Owner.Dashboard;

/// <summary>One slot on the profile page: what was understood and the customer's own words for it.</summary>
public sealed record SlotRow(string Slot, string? Value, string? Words);
