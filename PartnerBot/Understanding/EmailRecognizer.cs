using System.Text.RegularExpressions;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Finds an e-mail address (the recognizer's e-mail model, checked for a plausible domain), lower-cased as a whole (the corpus labels addresses so).</summary>
public sealed partial class EmailRecognizer(RecognizerModels models)
{
    /// <summary>The first plausible e-mail address and where it is.</summary>
    public Recognized<EmailMatch>? Find(string text, LanguageLocale locale)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('@'))
        {
            return null;
        }

        foreach (var result in models.For(locale).Email.Parse(text))
        {
            var span = new TextSpan(result.Start, result.End - result.Start + 1);
            if (span.Start < 0 || span.End > text.Length)
            {
                continue;
            }

            var written = text.Substring(span.Start, span.Length).TrimEnd('.');
            var at = written.LastIndexOf('@');
            if (at > 0 && PlausibleDomainRegex().IsMatch(written[(at + 1)..]) && !EmailProblems.HasTypoTld(written))
            {
                return new(new EmailMatch(written, written.ToLowerInvariant()), new TextSpan(span.Start, written.Length));
            }
        }

        // The model misses internationalised domains ("info@müller-getränke.de"); they stay in Unicode.
        if (UnicodeAddressRegex().Match(text) is { Success: true } unicode && !EmailProblems.HasTypoTld(unicode.Value))
        {
            return new(new EmailMatch(unicode.Value, unicode.Value.ToLowerInvariant()), new TextSpan(unicode.Index, unicode.Length));
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeAddressRegex();

    [GeneratedRegex(@"^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlausibleDomainRegex();
}
