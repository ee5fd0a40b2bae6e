namespace PartnerBot.Languages;

/// <summary>What a region means for a language: the currency a bare amount is in and where a local phone number dials.</summary>
/// <param name="Currency">ISO 4217 code (<c>EUR</c>, <c>CHF</c>).</param>
/// <param name="PhoneRegion">libphonenumber's region (<c>DE</c>, <c>CH</c>).</param>
public sealed record LanguageRegion(string Currency, string PhoneRegion);
