namespace PartnerBot.Owner.Dashboard;

/// <summary>One field on the profile page: its label, what was understood and the customer's own words for it.</summary>
public sealed record SlotRow(string Slot, string Label, string? Value, string? Words);
