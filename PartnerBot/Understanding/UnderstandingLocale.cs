using System.Globalization;
using Microsoft.Recognizers.Text;

namespace PartnerBot.Understanding;

/// <summary>What a message locale means for understanding: recognizer culture, default currency and phone region.</summary>
public sealed record UnderstandingLocale(string Culture, string Currency, string PhoneRegion, CultureInfo NumberFormat)
{
    /// <summary>German (Germany): EUR, DE.</summary>
    public static UnderstandingLocale German { get; } = new(Microsoft.Recognizers.Text.Culture.German, "EUR", "DE", CultureInfo.GetCultureInfo("de-DE"));

    /// <summary>English (United States): USD, US.</summary>
    public static UnderstandingLocale EnglishUs { get; } = new(Microsoft.Recognizers.Text.Culture.English, "USD", "US", CultureInfo.InvariantCulture);

    /// <summary>English (United Kingdom): GBP, GB.</summary>
    public static UnderstandingLocale EnglishGb { get; } = new(Microsoft.Recognizers.Text.Culture.English, "GBP", "GB", CultureInfo.InvariantCulture);

    /// <summary>True for the German culture.</summary>
    public bool IsGerman => Culture == Microsoft.Recognizers.Text.Culture.German;

    /// <summary>Maps "de-DE"/"de-*" to German, "en-GB" to British English, other "en-*" to US English, anything else to German.</summary>
    public static UnderstandingLocale From(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return German;
        }

        var value = locale.Trim().Replace('_', '-');
        if (value.Equals("en-GB", StringComparison.OrdinalIgnoreCase) || value.Equals("en-UK", StringComparison.OrdinalIgnoreCase))
        {
            return EnglishGb;
        }

        return value.Equals("en", StringComparison.OrdinalIgnoreCase) || value.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? EnglishUs
            : German;
    }
}
