using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Dates the recognizer models read differently from the corpus's date rules: festivals ("bis Weihnachten" → 24 December,
/// "avant Pâques" → Easter Sunday), quarters and halves by ordinal ("im zweiten Quartal", "im ersten Halbjahr"), fixed phrases ("nach den Sommerferien" → 30 September)
/// and days from today in dialect ("heut no" → today).</summary>
internal static class CalendarRules
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>The <c>dates.festival.{MM-dd}</c>, <c>dates.festival.easter</c> and <c>dates.fixed.{MM-dd}</c> lists by their words.</summary>
    private static readonly Dictionary<string, string> Days = Words.Group("dates.festival.").Concat(Words.Group("dates.fixed."))
        .SelectMany(g => g.Words.Select(w => (Word: w, Day: g.Name)))
        .DistinctBy(d => d.Word)
        .ToDictionary(d => d.Word, d => d.Day, StringComparer.OrdinalIgnoreCase);

    private static readonly GatedRegex DayRegex = GatedRegex.OfWords(@"(?<![\p{L}])(?<day>" + Vocabulary.Alternation(Days.Keys) + @")(?![\p{L}])(?:\s+(?<year>20\d\d)\b)?", Days.Keys);

    private static readonly Dictionary<string, int> QuarterOrdinals = Numbered("dates.quarterOrdinal.");

    private static readonly GatedRegex QuarterRegex = GatedRegex.OfWords(
        @"(?<![\p{L}])(?<ordinal>" + Vocabulary.Alternation(QuarterOrdinals.Keys) + @")\s+" + Words.Pattern("dates.quarter") + @"(?![\p{L}])(?:\s+(?<year>20\d\d)\b)?", QuarterOrdinals.Keys);

    /// <summary>The <c>dates.halfOrdinal.{n}</c> lists: the words for the first and the second half of a year ("im ersten Halbjahr").</summary>
    private static readonly Dictionary<string, int> HalfOrdinals = Numbered("dates.halfOrdinal.");

    private static readonly GatedRegex HalfRegex = GatedRegex.OfWords(
        @"(?<![\p{L}])(?<ordinal>" + Vocabulary.Alternation(HalfOrdinals.Keys) + @")\s+" + Words.Pattern("dates.half") + @"(?![\p{L}])(?:\s+(?<year>20\d\d)\b)?", Words.Words("dates.half"));

    /// <summary>The <c>dates.daysAhead.{n}</c> lists: words for the day <c>n</c> days from today that the models do not read ("heut", "hüt").</summary>
    private static readonly Dictionary<string, int> DaysAhead = Numbered("dates.daysAhead.");

    private static readonly GatedRegex DaysAheadRegex = GatedRegex.OfWords(@"(?<![\p{L}])(?<day>" + Vocabulary.Alternation(DaysAhead.Keys) + @")(?![\p{L}])", DaysAhead.Keys);

    /// <summary>The matches in <paramref name="text"/>, each the next such day that has not passed.</summary>
    public static IEnumerable<Recognized<DateMatch>> Find(string text, DateOnly today)
    {
        foreach (var match in DayRegex.Matches(text))
        {
            var day = Days[match.Groups["day"].Value.ToLowerInvariant()];
            var given = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year);
            DateOnly On(int y) => day == "easter" ? Easter(y) : DateOnly.ParseExact($"{y:D4}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var date = given ? On(year) : On(today.Year) >= today ? On(today.Year) : On(today.Year + 1);
            yield return Found(match, date);
        }

        foreach (var match in QuarterRegex.Matches(text))
        {
            yield return PeriodEnd(match, QuarterOrdinals, months: 3, today);
        }

        foreach (var match in HalfRegex.Matches(text))
        {
            yield return PeriodEnd(match, HalfOrdinals, months: 6, today);
        }

        foreach (var match in DaysAheadRegex.Matches(text))
        {
            yield return Found(match, today.AddDays(DaysAhead[match.Groups["day"].Value.ToLowerInvariant()]));
        }
    }

    /// <summary>The last day of the quarter or half its ordinal names ("im zweiten Quartal", "erstes Halbjahr"), in the year given or the next not passed.</summary>
    private static Recognized<DateMatch> PeriodEnd(Match match, Dictionary<string, int> ordinals, int months, DateOnly today)
    {
        var index = ordinals[match.Groups["ordinal"].Value.ToLowerInvariant()];
        DateOnly End(int y) => new DateOnly(y, index * months, 1).AddMonths(1).AddDays(-1);
        var given = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year);
        return Found(match, given ? End(year) : End(today.Year) >= today ? End(today.Year) : End(today.Year + 1));
    }

    /// <summary>The <c>{prefix}{n}</c> lists by their words, each word to its number.</summary>
    private static Dictionary<string, int> Numbered(string prefix) => Words.Group(prefix)
        .SelectMany(g => g.Words.Select(w => (Word: w, Number: int.Parse(g.Name, CultureInfo.InvariantCulture))))
        .DistinctBy(n => n.Word)
        .ToDictionary(n => n.Word, n => n.Number, StringComparer.OrdinalIgnoreCase);

    private static Recognized<DateMatch> Found(Match match, DateOnly date) =>
        new(new DateMatch(match.Value, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));

    /// <summary>Easter Sunday of <paramref name="year"/> (the Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
