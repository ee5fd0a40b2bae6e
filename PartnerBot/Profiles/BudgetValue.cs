namespace PartnerBot.Profiles;

/// <summary>What the customer wants to spend: their words, the amount to sort by (the top of a range) and the ISO 4217 currency code;
/// <see cref="Min"/>/<see cref="Max"/> for a range, <see cref="Per"/> (month/year) for a recurring budget, <see cref="UpTo"/> for a ceiling.
/// A budget in words only ("nach Angebot") has <see cref="Text"/> without an amount.</summary>
public sealed record BudgetValue(string Text, decimal? Amount, string? Currency, decimal? Min = null, decimal? Max = null, string? Per = null, bool UpTo = false);
