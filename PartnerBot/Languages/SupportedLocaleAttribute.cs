using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PartnerBot.Languages;

/// <summary>Validates that a setting names a locale of a language the bot speaks (<c>de-DE</c>, <c>en-GB</c>, <c>fr-CH</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class SupportedLocaleAttribute : ValidationAttribute
{
    /// <summary>The setting's name in the error message (<c>Bot:DefaultLocale</c>); the property's name when unset.</summary>
    public string? Setting { get; init; }

    /// <inheritdoc/>
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string locale && LocaleShape().IsMatch(locale) && LanguageRegistry.Shared.IsSupported(locale)
            ? ValidationResult.Success
            : new ValidationResult($"{Setting ?? validationContext.DisplayName} must be a locale of a supported language ({LanguageRegistry.Shared.Codes}) such as de-DE, en-US or fr-FR.", validationContext.MemberName is { } member ? [member] : null);

    [GeneratedRegex("^[A-Za-z]{2}(-[A-Za-z]{2})?$")]
    private static partial Regex LocaleShape();
}
