using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds a wish stated in the customer's own phrasing ("ich brauche …", "wir planen …", "I'm looking for …") and keeps only its object, without dates, amounts and contact details.</summary>
public sealed class WishRecognizer
{
    /// <summary>The wish in <paramref name="text"/>, with the <paramref name="entities"/> (dates, money, e-mail, phone, name phrase) cut out, or null.</summary>
    public Recognized<TextMatch>? Find(string text, IReadOnlyCollection<TextSpan> entities)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var trigger in Trigger.Matches(text))
        {
            var start = trigger.Index + trigger.Length;
            if (new TextSpan(trigger.Index, trigger.Length).OverlapsAny(entities))
            {
                continue;
            }

            var end = EndOfPhrase(text, start, entities);
            var region = new TextSpan(start, end - start);
            var inside = TextCleaner.WithConnectors(text, entities.Where(e => e.Overlaps(region)))
                .Select(e => new TextSpan(e.Start - start, e.Length))
                .Select(e => Clip(e, region.Length));
            var value = TextCleaner.Remove(text.Substring(start, region.Length), inside);
            value = TextCleaner.Tidy(LeadingFiller.Replace(TrailingFiller.Replace(value, ""), ""));
            if (value.Length > 1 && value.Any(char.IsLetter) && !NotAWish.IsMatch(value) && !RefersBack.IsMatch(value))
            {
                var span = new TextSpan(trigger.Index, end - trigger.Index);
                return new(new TextMatch(text.Substring(span.Start, span.Length).Trim(), value), span);
            }
        }

        return Passive(text, entities);
    }

    /// <summary>A wish told as what must be done to something, with no phrase that announces it ("unser Server im Büro müsste
    /// erneuert werden", "the fence needs to be replaced"): the thing and what is to happen to it.</summary>
    private static Recognized<TextMatch>? Passive(string text, IReadOnlyCollection<TextSpan> entities)
    {
        if (PassiveWish.Match(text) is not { Success: true } match || new TextSpan(match.Index, match.Length).OverlapsAny(entities))
        {
            return null;
        }

        var value = TextCleaner.Tidy(match.Value);
        return new(new TextMatch(value, value), new TextSpan(match.Index, match.Length));
    }

    /// <summary>True when <paramref name="remainder"/> is only a thing named with its article ("eine neue Küche", "a new
    /// website", "une terrasse en bois"): said with no question on screen, that thing is what the customer wants.</summary>
    public static bool IsNounPhrase(string remainder) =>
        remainder.Length is > 3 and < 80 && NounPhrase.IsMatch(remainder) && !NotANounPhrase.IsMatch(remainder);

    private static TextSpan Clip(TextSpan span, int length)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(length, span.End);
        return new TextSpan(start, Math.Max(0, end - start));
    }

    /// <summary>The wish runs to the end of its sentence, or to a comma that starts a new clause ("…, ich bin Anna", "…, anna@example.com").</summary>
    private static int EndOfPhrase(string text, int start, IReadOnlyCollection<TextSpan> entities)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (entities.Any(e => i >= e.Start && i < e.End))
            {
                continue;
            }

            if (c is '\n' or ';' or '!' or '?')
            {
                return i;
            }

            if (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !AbbreviationBefore.IsMatch(text.AsSpan(Math.Max(start, i - 6), i - Math.Max(start, i - 6))))
            {
                return i;
            }

            if (c is '-' or '–' or '—' && i > start && char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i; // " - " starts an aside
            }

            if (c == ',' && !Continuation.IsMatch(text.AsSpan(i + 1)))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly GatedRegex Trigger = GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern("wish.triggers") + @"(?:\s+" + Words.Pattern("wish.fillers") + @")*\b", Words.Words("wish.triggers"));

    private static readonly Regex Continuation = Vocabulary.Compile(
        @"^\s*(?:" + Words.Pattern("wish.continuations") + "|" + Words.Pattern("wish.and") + @"\s+(?!" + Words.Pattern("wish.newClause") + @"\b))");

    private static readonly Regex AbbreviationBefore = Vocabulary.Compile(@"(?:\b" + Words.Pattern("wish.abbreviations") + @"|\d)$");

    /// <summary>"keine Website" is no wish, and "dass meine Kunden …" is a vision rather than a thing wished for.</summary>
    private static readonly Regex NotAWish = Vocabulary.Compile("^" + Words.Pattern("wish.notAWish") + @"\b");

    /// <summary>"water heater died, need a new one": the object only points back at what was said before it, so the phrase after the
    /// trigger is not the wish (the whole message is); nor when the subject follows the verb at the end of its clause, the thing
    /// said before it ("a neue Küch bräucht ma, mit Kochinsel", "eine Website brauchen wir").</summary>
    private static readonly Regex RefersBack = Vocabulary.Compile("^(?:" + Words.Pattern("wish.refersBack") + "$|" + Words.Pattern("wish.subjectAfterVerb") + @"\s*(?:$|,))");

    private static readonly Regex LeadingFiller = Vocabulary.Compile(@"^(?:" + Words.Pattern("wish.fillers") + @"\s+)+");

    private static readonly Regex TrailingFiller = Vocabulary.Compile(@"(?:[\s,]+" + Words.Pattern("wish.trailingFillers") + @")+[\s,]*$");

    private static readonly GatedRegex PassiveWish = GatedRegex.OfWords(
        @"(?<![\p{L}])" + Words.Pattern("wish.passiveSubjects") + @"\s+\p{L}[^.,;:!?\n]{1,60}?\s+" + Words.Pattern("wish.passiveModals")
        + @"\s+(?!" + Words.Pattern("wish.notAWish") + @"\b)[^.,;:!?\n]{0,40}?" + Words.Pattern("wish.passiveEnds") + @"(?![\p{L}])",
        Words.Words("wish.passiveModals"));

    private static readonly Regex NounPhrase = Vocabulary.Compile(@"^" + Words.Pattern("wish.nounPhraseStarts") + @"\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,4}[\s.!]*$");

    private static readonly Regex NotANounPhrase = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("wish.notANounPhrase") + @"(?![\p{L}])");
}
