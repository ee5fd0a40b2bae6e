using System.Text.RegularExpressions;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Finds an e-mail address (the recognizer's e-mail model, checked for a plausible domain); the domain is lower-cased.</summary>
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
            if (at > 0 && PlausibleDomainRegex().IsMatch(written[(at + 1)..]))
            {
                var address = string.Concat(written.AsSpan(0, at + 1), written[(at + 1)..].ToLowerInvariant());
                return new(new EmailMatch(written, address), new TextSpan(span.Start, written.Length));
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlausibleDomainRegex();
}
