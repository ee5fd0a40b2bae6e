namespace PartnerBot.Interview;

/// <summary>One value found in a message for one slot: the customer's words, the value as stored, and how it changes the interview's values.</summary>
public sealed record Finding(string Slot, string Text, string Value, Action<CollectedValues> Apply);
