using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Our own date rules for what the recognizers miss: "Anfang/Mitte/Ende März 2027", "fin mars", seasons, "Q2 2027", "in einem halben Jahr".</summary>
internal static partial class DateRules
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly string Prefix = @"(?:" + Words.Pattern("dates.prefixes") + @"\s+)?";

    /// <summary>The month per name ("März", "mars", "Mär." → 3).</summary>
    private static readonly Dictionary<string, int> Months = Words.Group("dates.month.")
        .SelectMany(g => g.Words.Select(w => (Word: w.TrimEnd('.'), Month: int.Parse(g.Name, CultureInfo.InvariantCulture))))
        .DistinctBy(m => m.Word)
        .ToDictionary(m => m.Word, m => m.Month, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every month name of every language, as written in the lists.</summary>
    private static readonly string[] MonthWords = [.. Words.Group("dates.month.").SelectMany(g => g.Words)];

    private static readonly Dictionary<string, string> MonthParts = PartsOf("dates.monthPart.");
    private static readonly Dictionary<string, string> YearParts = PartsOf("dates.yearPart.");

    /// <summary>The season code per word ("Sommer", "été" → SU).</summary>
    private static readonly Dictionary<string, string> Seasons = Words.Group("dates.season.")
        .SelectMany(g => g.Words.Select(w => (Word: w, Code: g.Name.ToUpperInvariant())))
        .DistinctBy(s => s.Word)
        .ToDictionary(s => s.Word, s => s.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SeasonsNeedingModifier = Words.Set("dates.seasonNeedsModifier", StringComparer.OrdinalIgnoreCase);
    private static readonly IReadOnlyList<string> NextModifiers = Words.Words("dates.nextModifiers");

    private static readonly Dictionary<string, int> Counts = Words.Group("dates.count.")
        .SelectMany(g => g.Words.Select(w => (Word: w, Count: int.Parse(g.Name, CultureInfo.InvariantCulture))))
        .DistinctBy(c => c.Word)
        .ToDictionary(c => c.Word, c => c.Count, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Units = Words.Group("dates.unit.")
        .SelectMany(g => g.Words.Select(w => (Word: w, Unit: g.Name)))
        .DistinctBy(u => u.Word)
        .ToDictionary(u => u.Word, u => u.Unit, StringComparer.OrdinalIgnoreCase);

    private static readonly GatedRegex MonthPartRegex = GatedRegex.OfWords(
        Prefix + @"\b(?<part>" + Vocabulary.Alternation(MonthParts.Keys) + @")(?:\s+|-)(?<month>" + Vocabulary.Alternation(MonthWords) + @")(?![\p{L}])(?:\s+(?<year>20\d\d)\b)?", MonthParts.Keys);

    private static readonly GatedRegex SeasonRegex = GatedRegex.OfWords(
        Prefix + @"\b(?:(?<mod>" + Words.Pattern("dates.seasonModifiers") + @")\s+)?(?<season>" + Vocabulary.Alternation(Seasons.Keys) + @")\b(?:\s+(?<year>20\d\d)\b)?", Seasons.Keys);

    private static readonly GatedRegex QuarterRegex = GatedRegex.Of(
        Prefix + @"\b(?:" + Words.Pattern("dates.quarterLeads") + @"\s+)?(?:Q(?<q>[1-4])|(?<q>[1-4])\.\s*" + Words.Pattern("dates.quarter") + @")(?:\s+(?<year>20\d\d)\b)?", [.. Words.Words("dates.quarter"), "q1", "q2", "q3", "q4"]);

    private static readonly GatedRegex YearPartRegex = GatedRegex.OfWords(
        Prefix + @"\b(?:(?<part>" + Vocabulary.Alternation(YearParts.Keys) + @")\s*(?:(?<next>" + Words.Pattern("dates.nextYear") + @")\s+" + Words.Pattern("dates.year")
        + @"|(?<year>20\d\d)\b)|(?:" + Words.Pattern("dates.yearEndLeads") + @"\s+)?(?<part>" + Words.Pattern("dates.yearEnd") + @")\b)", [.. YearParts.Keys, .. Words.Words("dates.yearEnd")]);

    private static readonly GatedRegex CalendarWeekRegex = GatedRegex.OfWords(
        Prefix + @"\b(?:" + Words.Pattern("dates.calendarWeekLeads") + @"\s+)?" + Words.Pattern("dates.calendarWeek") + @"\s*(?<week>\d{1,2})\b(?:\s*(?:/|in)?\s*(?<year>20\d\d)\b)?", Words.Words("dates.calendarWeek"));

    private static readonly GatedRegex WithinRegex = GatedRegex.OfWords(
        @"\b" + Words.Pattern("dates.within") + @"\s+(?:(?<count>\d{1,3}|" + Vocabulary.Alternation(Counts.Keys) + @")\s*(?:-|–|" + Words.Pattern("dates.spanJoins") + @")\s*)?(?<count>\d{1,3}|" + Vocabulary.Alternation(Counts.Keys) + @")\s+(?<unit>" + Vocabulary.Alternation(Units.Keys) + @")\b", Words.Words("dates.within"));

    // "avant l'été": the phrase may end in an apostrophe that joins it to the season.
    private static readonly Regex SeasonBeforeRegex = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("dates.seasonBefore") + @"(?:\s+|(?<=['’]))$");

    private static readonly Regex SeasonBeforeStartRegex = Vocabulary.Compile(@"^" + Words.Pattern("dates.seasonBefore") + @"\s");

    private static readonly GatedRegex HalfYearRegex = GatedRegex.OfWords(@"\b" + Words.Pattern("dates.halfYear") + @"\b", Words.Words("dates.halfYear"));

    /// <summary>"anfang" → start, "mitte" → middle, "ende" → end, from <c>{prefix}start</c>, <c>middle</c> and <c>end</c>.</summary>
    private static Dictionary<string, string> PartsOf(string prefix) => Words.Group(prefix)
        .SelectMany(g => g.Words.Select(w => (Word: w, Part: g.Name)))
        .DistinctBy(p => p.Word)
        .ToDictionary(p => p.Word, p => p.Part, StringComparer.OrdinalIgnoreCase);

    private static readonly GatedRegex DayOfMonthRegex = GatedRegex.OfWords(
        @"(?<![\p{L}\d.])(?<day>[0-3]?\d)\.\s*(?<month>" + Vocabulary.Alternation(MonthWords) + @")(?![\p{L}])(?:\s+(?<year>20\d\d)\b)?",
        MonthWords);

    /// <summary>"14. Mai", "19. dezember": a day and a month name written the German way, the next such day that has not passed. Only
    /// where nothing else reads a date: a German date on another language's page ("am 14. Mai" on the English page).</summary>
    public static Recognized<DateMatch>? DayOfMonth(string text, DateOnly today)
    {
        foreach (var match in DayOfMonthRegex.Matches(text))
        {
            if (MonthNumber(match.Groups["month"].Value) is not { } month || !int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day)
                || day < 1 || day > 31)
            {
                continue;
            }

            var hasYear = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year);
            DateOnly? On(int y) => day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
            var date = hasYear ? On(year) : On(today.Year) is { } thisYear && thisYear >= today ? thisYear : On(today.Year + 1);
            if (date is { } found)
            {
                return new(new DateMatch(match.Value, found, found.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));
            }
        }

        return null;
    }

    /// <summary>All rule matches, in text order.</summary>
    public static IEnumerable<Recognized<DateMatch>> Find(string text, DateOnly today)
    {
        foreach (var result in CalendarRules.Find(text, today))
        {
            yield return result;
        }

        foreach (var match in MonthPartRegex.Matches(text))
        {
            if (MonthPart(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (var match in SeasonRegex.Matches(text))
        {
            if (Season(match, today, text) is { } result)
            {
                yield return result;
            }
        }

        foreach (var match in QuarterRegex.Matches(text))
        {
            yield return Quarter(match, today);
        }

        foreach (var match in YearPartRegex.Matches(text))
        {
            yield return YearPart(match, today);
        }

        foreach (var match in CalendarWeekRegex.Matches(text))
        {
            if (CalendarWeek(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (var match in WithinRegex.Matches(text))
        {
            if (Within(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (var match in HalfYearRegex.Matches(text))
        {
            var date = today.AddMonths(6);
            yield return new(new DateMatch(match.Value, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));
        }
    }

    private static Recognized<DateMatch>? MonthPart(Match match, DateOnly today)
    {
        if (MonthNumber(match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var part = MonthParts.GetValueOrDefault(SpacesRegex().Replace(match.Groups["part"].Value, " "), "end");
        var hasYear = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year);
        DateOnly End(int y) => part switch
        {
            "start" => new DateOnly(y, month, 10),
            "middle" => new DateOnly(y, month, 15),
            _ => new DateOnly(y, month, DateTime.DaysInMonth(y, month)),
        };

        if (!hasYear)
        {
            year = End(today.Year) >= today ? today.Year : today.Year + 1;
        }

        var timex = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        return new(new DateMatch(match.Value, End(year), timex), new TextSpan(match.Index, match.Length));
    }

    /// <summary>A season: its last day; "bis zum Sommer", "vor dem nächsten Winter": the day before it begins.</summary>
    private static Recognized<DateMatch>? Season(Match match, DateOnly today, string text)
    {
        var modifier = match.Groups["mod"].Value.ToLowerInvariant();
        var word = match.Groups["season"].Value.ToLowerInvariant();
        var before = SeasonBeforeRegex.IsMatch(text.AsSpan(0, match.Index)) || SeasonBeforeStartRegex.IsMatch(match.Value);
        if (SeasonsNeedingModifier.Contains(word) && modifier.Length == 0 && !before)
        {
            return null; // "fall" alone is too often the verb, and "été" the participle ("a été"); "before the fall" is the season.
        }

        var code = Seasons.GetValueOrDefault(word, "WI");
        var (startMonth, endMonth) = code switch
        {
            "SP" => (3, 5),
            "SU" => (6, 8),
            "FA" => (9, 11),
            _ => (12, 2),
        };

        DateOnly Start(int y) => new(y, startMonth, 1);
        DateOnly End(int y)
        {
            var endYear = endMonth < startMonth ? y + 1 : y;
            return new DateOnly(endYear, endMonth, DateTime.DaysInMonth(endYear, endMonth));
        }

        int year;
        if (int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var given))
        {
            year = given;
        }
        else
        {
            year = End(today.Year - 1) >= today ? today.Year - 1 : End(today.Year) >= today ? today.Year : today.Year + 1;
            var next = NextModifiers.Any(m => modifier.Contains(m, StringComparison.Ordinal));
            if (next && Start(year) <= today)
            {
                year++;
            }
        }

        if (before && Start(year) <= today)
        {
            year++; // "bis zum Winter" in winter: the next one
        }

        var date = before ? Start(year).AddDays(-1) : End(year);
        return new(new DateMatch(match.Value, date, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}")), new TextSpan(match.Index, match.Length));
    }

    private static Recognized<DateMatch> Quarter(Match match, DateOnly today)
    {
        var quarter = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        DateOnly End(int y) => new DateOnly(y, quarter * 3, 1).AddMonths(1).AddDays(-1);
        var year = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var given)
            ? given
            : End(today.Year) >= today ? today.Year : today.Year + 1;
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        var timex = string.Create(CultureInfo.InvariantCulture, $"({start:yyyy-MM-dd},{start.AddMonths(3):yyyy-MM-dd},P3M)");
        return new(new DateMatch(match.Value, End(year), timex), new TextSpan(match.Index, match.Length));
    }

    /// <summary>"Anfang 2027" → end of March, "Mitte 2027" → end of June, "Ende nächsten Jahres"/"Jahresende" → 31 December.</summary>
    private static Recognized<DateMatch> YearPart(Match match, DateOnly today)
    {
        var year = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var given)
            ? given
            : match.Groups["next"].Success ? today.Year + 1 : today.Year;
        var part = YearParts.GetValueOrDefault(match.Groups["part"].Value, "end");
        var date = part switch
        {
            "start" => new DateOnly(year, 3, 31),
            "middle" => new DateOnly(year, 6, 30),
            _ => new DateOnly(year, 12, 31),
        };
        return new(new DateMatch(match.Value, date, year.ToString("D4", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));
    }

    /// <summary>"KW 12", "Kalenderwoche 12/2027": the Sunday of that ISO week, this year or, once past, next year.</summary>
    private static Recognized<DateMatch>? CalendarWeek(Match match, DateOnly today)
    {
        var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
        if (week is < 1 or > 53)
        {
            return null;
        }

        DateOnly? Sunday(int y) => week <= ISOWeek.GetWeeksInYear(y) ? DateOnly.FromDateTime(ISOWeek.ToDateTime(y, week, DayOfWeek.Sunday)) : null;
        var year = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var given)
            ? given
            : Sunday(today.Year) is { } thisYear && thisYear >= today ? today.Year : today.Year + 1;
        return Sunday(year) is { } date
            ? new(new DateMatch(match.Value, date, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}")), new TextSpan(match.Index, match.Length))
            : null;
    }

    /// <summary>"innerhalb von 4 Wochen", "binnen zwei Monaten": today plus that much.</summary>
    private static Recognized<DateMatch>? Within(Match match, DateOnly today)
    {
        var countWord = match.Groups["count"].Value.ToLowerInvariant(); // of a span "6-8 Wochen", the last figure
        int? count = int.TryParse(countWord, CultureInfo.InvariantCulture, out var number) ? number : Counts.TryGetValue(countWord, out var word) ? word : null;
        if (count is not { } n || n is < 1 or > 120)
        {
            return null;
        }

        var date = Units.GetValueOrDefault(match.Groups["unit"].Value, "years") switch
        {
            "days" => today.AddDays(n),
            "weeks" => today.AddDays(7 * n),
            "months" => today.AddMonths(n),
            _ => today.AddYears(n),
        };
        return new(new DateMatch(match.Value, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));
    }

    private static int? MonthNumber(string name) => Months.TryGetValue(name.TrimEnd('.'), out var month) ? month : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();
}
