namespace PartnerBot.Understanding;

/// <summary>A name, as the customer spelled it, without titles.</summary>
public sealed record NameMatch(string Text, string Name);

/// <summary>A piece of free text the customer gave.</summary>
public sealed record TextMatch(string Text, string Value);

/// <summary>A date: the customer's words, the date (the end of a range) and its TIMEX expression.</summary>
public sealed record DateMatch(string Text, DateOnly Date, string Timex);

/// <summary>An amount of money with its ISO 4217 currency code.</summary>
public sealed record MoneyMatch(string Text, decimal Amount, string Currency);

/// <summary>An e-mail address, lower-cased domain.</summary>
public sealed record EmailMatch(string Text, string Address);

/// <summary>A phone number in E.164.</summary>
public sealed record PhoneMatch(string Text, string E164);

/// <summary>A command the customer gave, with the slot it names ("zurück", "überspringen", "Name ändern").</summary>
public sealed record CommandMatch(Command Command, string? Slot = null);
