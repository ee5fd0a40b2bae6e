using System.Globalization;

namespace PartnerBot.Languages;

/// <summary>A supported locale: its language and what its region means for understanding (currency, phone region).</summary>
public sealed record LanguageLocale(string Name, Language Language, LanguageRegion Region)
{
    /// <summary>The Microsoft.Recognizers.Text culture (<c>de-de</c>).</summary>
    public string Culture => Language.RecognizerCulture;

    /// <summary>The currency of a bare amount (ISO 4217).</summary>
    public string Currency => Region.Currency;

    /// <summary>The region a phone number without country code dials in.</summary>
    public string PhoneRegion => Region.PhoneRegion;

    /// <summary>The culture the recognizer writes its resolved numbers in.</summary>
    public CultureInfo NumberFormat { get; } = Language.NumberFormat.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(Language.NumberFormat);
}
