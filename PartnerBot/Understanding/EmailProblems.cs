using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Tells why an address the customer clearly attempted is none ("anna@gmx", "anna@gmx,de", "anna@gmail.con").</summary>
internal static partial class EmailProblems
{
    private static readonly HashSet<string> TypoTlds = Vocabulary.Shared.Set("email.typoTlds", StringComparer.OrdinalIgnoreCase);

    private static readonly GatedRegex MailHost = GatedRegex.OfWords(@"(?<![\p{L}\d@])[\p{L}\d._-]+[.\s](?:" + Vocabulary.Shared.Pattern("email.hosts") + @")\.\p{L}{2,3}\b", Vocabulary.Shared.Words("email.hosts"));

    /// <summary>The problem of the attempt in <paramref name="text"/>, or null when no address was attempted.</summary>
    public static EmailProblem? Find(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return MailHost.IsMatch(text) ? EmailProblem.MissingAt : null;
        }

        if (text.IndexOf('@', at + 1) > at || text.Contains("(at)@", StringComparison.OrdinalIgnoreCase))
        {
            return EmailProblem.DoubleAt;
        }

        if ((at > 0 && text[at - 1] == ' ' && at > 1 && char.IsLetterOrDigit(text[at - 2])) || (at + 1 < text.Length && text[at + 1] == ' '))
        {
            return EmailProblem.SpaceInAddress;
        }

        var domain = DomainRegex().Match(text, at + 1);
        if (!domain.Success || domain.Index != at + 1)
        {
            return null;
        }

        var value = domain.Value.TrimEnd('.', ',');
        if (CommaRegex().IsMatch(value))
        {
            return EmailProblem.CommaForDot;
        }

        var dot = value.LastIndexOf('.');
        if (dot < 0)
        {
            // "anna@gmx .de": the top-level domain is there, after a space.
            return SpacedTldRegex().IsMatch(text.AsSpan(domain.Index + domain.Length)) ? EmailProblem.SpaceInAddress : EmailProblem.MissingTld;
        }

        return TypoTlds.Contains(value[(dot + 1)..]) ? EmailProblem.TypoTld : null;
    }

    /// <summary>True when a lower-case word stands alone before the address, split from it by one space ("katrin schulz@gmx.de"):
    /// the first part of the address, not a word of the sentence ("ja anna@gmx.de", "mail: anna@gmx.de").</summary>
    public static bool IsSplit(string text, TextSpan address)
    {
        var start = address.Start;
        if (start < 3 || text[start - 1] != ' ' || !char.IsLetterOrDigit(text[start - 2]))
        {
            return false;
        }

        var wordStart = start - 1;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '_' or '-'))
        {
            wordStart--;
        }

        var word = text[wordStart..(start - 1)];
        var lead = text.AsSpan(0, wordStart).TrimEnd();
        return word.Length >= 2 && !word.Any(char.IsUpper) && char.IsLetter(word[0]) && (lead.IsEmpty || lead[^1] == ':') && !SentenceWords.Contains(word);
    }

    private static readonly HashSet<string> SentenceWords = new(
        new[] { "connector.labels", "connector.copulas", "connector.prepositions", "correction.label.email", "yesNo.yes", "yesNo.filler", "yesNo.leadingAnswers", "greetings", "names.here",
            "correction.words", "correction.adverbs", "connector.adverbs", "connector.corrections", "names.triggerAdverbs" }
            .SelectMany(Vocabulary.Shared.Words).SelectMany(w => w.Split(' ')), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the address ends in a mistyped top-level domain ("gmail.con").</summary>
    public static bool HasTypoTld(string address) => address.LastIndexOf('.') is var dot and > 0 && TypoTlds.Contains(address[(dot + 1)..]);

    [GeneratedRegex(@"[\p{L}\d._,-]+", RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();

    [GeneratedRegex(@"^\s+\.\p{L}{2,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTldRegex();

    [GeneratedRegex(@",\p{L}{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaRegex();
}
