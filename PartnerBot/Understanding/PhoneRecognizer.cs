using System.Text.RegularExpressions;
using PartnerBot.Languages;
using PhoneNumbers;

namespace PartnerBot.Understanding;

/// <summary>Finds a valid phone number (libphonenumber, the locale's default region) and gives it in E.164.</summary>
public sealed partial class PhoneRecognizer(RecognizerModels models)
{
    /// <summary>The first valid phone number outside <paramref name="excluded"/> (e-mail addresses), and where it is.</summary>
    public Recognized<PhoneMatch>? Find(string text, LanguageLocale locale, IReadOnlyCollection<TextSpan> excluded)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Count(char.IsAsciiDigit) < 6)
        {
            return null;
        }

        foreach (var match in models.Phone.FindNumbers(text, locale.PhoneRegion, PhoneNumberUtil.Leniency.VALID, 20))
        {
            var span = new TextSpan(match.Start, match.RawString.Length);
            if (span.OverlapsAny(excluded) || LooksLikeDateOrAmount(text, match.RawString, span))
            {
                continue;
            }

            var e164 = models.Phone.Format(match.Number, PhoneNumberFormat.E164);
            return new(new PhoneMatch(match.RawString, e164), span);
        }

        return null;
    }

    private static bool LooksLikeDateOrAmount(string text, string raw, TextSpan span)
    {
        if (DateLikeRegex().IsMatch(raw) || AmountLikeRegex().IsMatch(raw))
        {
            return true;
        }

        var before = text[Math.Max(0, span.Start - 2)..span.Start];
        var after = text[span.End..Math.Min(text.Length, span.End + 8)];
        return before.IndexOfAny(['€', '$', '£']) >= 0 || CurrencyAfter.IsMatch(after);
    }

    [GeneratedRegex(@"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$")]
    private static partial Regex DateLikeRegex();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$")]
    private static partial Regex AmountLikeRegex();

    private static readonly Regex CurrencyAfter = Vocabulary.Compile(@"^\s?" + MoneyRecognizer.CurrencyOrMultiplier + @"(?![\p{L}])");
}
