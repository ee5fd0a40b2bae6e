namespace PartnerBot.Understanding;

/// <summary>A name, as the customer spelled it, without salutation and title; those apart ("Frau Dr. Anna Brandt" → Frau, Dr., Anna Brandt).</summary>
public sealed record NameMatch(string Text, string Name, string? Salutation = null, string? Title = null);

/// <summary>A piece of free text the customer gave.</summary>
public sealed record TextMatch(string Text, string Value);

/// <summary>A date: the customer's words, the date (the end of a range) and its TIMEX expression.</summary>
public sealed record DateMatch(string Text, DateOnly Date, string Timex);

/// <summary>An amount of money with its ISO 4217 currency code: <see cref="Amount"/> is the figure to sort by (the top of a range, or the only figure).</summary>
/// <param name="Min">The lower end of a range ("ab 5000", "6.000 bis 8.000").</param>
/// <param name="Max">The upper end of a range.</param>
/// <param name="Per">"month" or "year" for a recurring budget ("500 im Monat").</param>
/// <param name="UpTo">True for a ceiling ("höchstens", "maximal", "under").</param>
public sealed record MoneyMatch(string Text, decimal Amount, string Currency, decimal? Min = null, decimal? Max = null, string? Per = null, bool UpTo = false);

/// <summary>An e-mail address, lower-cased domain.</summary>
public sealed record EmailMatch(string Text, string Address);

/// <summary>A phone number in E.164.</summary>
public sealed record PhoneMatch(string Text, string E164);

/// <summary>A command the customer gave, with the slot it names ("zurück", "überspringen", "Name ändern").</summary>
public sealed record CommandMatch(Command Command, string? Slot = null);
