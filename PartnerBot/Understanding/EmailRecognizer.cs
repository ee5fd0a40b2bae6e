using System.Text.RegularExpressions;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Finds an e-mail address (the recognizer's e-mail model, checked for a plausible domain), lower-cased as a whole (the corpus labels addresses so).</summary>
public sealed partial class EmailRecognizer(RecognizerModels models)
{
    /// <summary>The first plausible e-mail address and where it is.</summary>
    public Recognized<EmailMatch>? Find(string text, LanguageLocale locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!text.Contains('@'))
        {
            return Spoken(text);
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

    /// <summary>An address written out so that robots do not harvest it ("sabine.koch(at)gmail.com", "j.miller at outlook dot com", "info [ät] web (punkt) de").</summary>
    private static Recognized<EmailMatch>? Spoken(string text)
    {
        if (text.IndexOfAny(SpokenHints) < 0 && !text.Contains(" at ", StringComparison.OrdinalIgnoreCase) && !text.Contains(" ät ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (Match match in SpokenAddressRegex().Matches(text))
        {
            // "tom dot baker", and a name said as two words at the start ("lisa wagner at web punkt de"), are one local part.
            var local = string.Join('.', SpokenLocalRegex().Split(match.Groups["local"].Value));
            var domain = string.Join('.', SpokenDotRegex().Split(match.Groups["domain"].Value));
            // A bare " at " is also an English word: only an address-like name or a known mail host makes it one ("meet at noon" is none).
            var bracketed = match.Groups["bracket"].Success;
            var addressLike = bracketed || local.IndexOfAny(['.', '_', '-']) >= 0 || match.Groups["local"].Value.Contains(' ', StringComparison.Ordinal) || local.Any(char.IsDigit) || Hosts.Contains(domain[..domain.IndexOf('.')]);
            if (addressLike && PlausibleDomainRegex().IsMatch(domain) && !EmailProblems.HasTypoTld(domain))
            {
                var address = (local + "@" + domain).ToLowerInvariant();
                return new(new EmailMatch(match.Value, address), new TextSpan(match.Index, match.Length));
            }
        }

        return null;
    }

    private static readonly char[] SpokenHints = ['(', '[', '{', '<'];

    private static readonly HashSet<string> Hosts = Vocabulary.Shared.Set("email.hosts", StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\p{L}\d._%+-])(?<local>(?<=^\s*)\p{L}+\s+\p{L}+(?=\s+(?:at|ät)\s)|[\p{L}\d][\p{L}\d._%+-]*?(?:\s+(?:dot|punkt|point)\s+[\p{L}\d][\p{L}\d._%+-]*?)*)(?:\s*(?<bracket>[(\[{<])\s*(?:at|ät|et)\s*[)\]}>]\s*|\s+(?:at|ät)\s+)(?<domain>[\p{L}\d][\p{L}\d-]*(?:(?:\s*[(\[{<]\s*(?:dot|punkt|point)\s*[)\]}>]\s*|\s+(?:dot|punkt|point)\s+|\.)[\p{L}\d][\p{L}\d-]*)+)(?![\p{L}\d-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenAddressRegex();

    [GeneratedRegex(@"\s+(?:dot\s+|punkt\s+|point\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenLocalRegex();

    [GeneratedRegex(@"\s*[(\[{<]\s*(?:dot|punkt|point)\s*[)\]}>]\s*|\s+(?:dot|punkt|point)\s+|\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenDotRegex();

    [GeneratedRegex(@"(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeAddressRegex();

    [GeneratedRegex(@"^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlausibleDomainRegex();
}
