namespace PartnerBot.Profiles;

/// <summary>What the customer wants to spend: their words, the amount and the ISO 4217 currency code.</summary>
public sealed record BudgetValue(string Text, decimal? Amount, string? Currency);
