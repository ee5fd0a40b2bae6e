using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Our own date rules for what the recognizers miss: German "Anfang/Mitte/Ende März 2027", seasons, "Q2 2027", "in einem halben Jahr".</summary>
internal static partial class DateRules
{
    private const string Prefix = @"(?:(?:bis(?:\s+(?:zum|zur|spätestens))?|spätestens|by|until|till|before)\s+)?";

    /// <summary>All rule matches, in text order.</summary>
    public static IEnumerable<Recognized<DateMatch>> Find(string text, DateOnly today)
    {
        foreach (Match match in MonthPartRegex().Matches(text))
        {
            if (MonthPart(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (Match match in SeasonRegex().Matches(text))
        {
            if (Season(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (Match match in QuarterRegex().Matches(text))
        {
            yield return Quarter(match, today);
        }

        foreach (Match match in YearPartRegex().Matches(text))
        {
            yield return YearPart(match, today);
        }

        foreach (Match match in CalendarWeekRegex().Matches(text))
        {
            if (CalendarWeek(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (Match match in WithinRegex().Matches(text))
        {
            if (Within(match, today) is { } result)
            {
                yield return result;
            }
        }

        foreach (Match match in HalfYearRegex().Matches(text))
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

        var part = match.Groups["part"].Value.ToLowerInvariant();
        var hasYear = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year);
        DateOnly End(int y) => part switch
        {
            "anfang" => new DateOnly(y, month, 15),
            "mitte" => new DateOnly(y, month, 20),
            _ => new DateOnly(y, month, DateTime.DaysInMonth(y, month)),
        };

        if (!hasYear)
        {
            year = End(today.Year) >= today ? today.Year : today.Year + 1;
        }

        var timex = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        return new(new DateMatch(match.Value, End(year), timex), new TextSpan(match.Index, match.Length));
    }

    private static Recognized<DateMatch>? Season(Match match, DateOnly today)
    {
        var modifier = match.Groups["mod"].Value.ToLowerInvariant();
        var word = match.Groups["season"].Value.ToLowerInvariant();
        if (word == "fall" && modifier.Length == 0)
        {
            return null; // "fall" alone is too often the verb.
        }

        var (code, startMonth, endMonth) = word switch
        {
            "frühling" or "frühjahr" or "spring" => ("SP", 3, 5),
            "sommer" or "summer" => ("SU", 6, 8),
            "herbst" or "autumn" or "fall" => ("FA", 9, 11),
            _ => ("WI", 12, 2),
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
            var next = modifier.Contains("nächst", StringComparison.Ordinal) || modifier.Contains("kommend", StringComparison.Ordinal) || modifier.Contains("next", StringComparison.Ordinal);
            if (next && Start(year) <= today)
            {
                year++;
            }
        }

        return new(new DateMatch(match.Value, End(year), string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}")), new TextSpan(match.Index, match.Length));
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

    /// <summary>"Anfang 2027" → end of March, "Mitte 2027" → end of July, "Ende nächsten Jahres"/"Jahresende" → 31 December.</summary>
    private static Recognized<DateMatch> YearPart(Match match, DateOnly today)
    {
        var year = int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var given)
            ? given
            : match.Groups["next"].Success ? today.Year + 1 : today.Year;
        var part = match.Groups["part"].Value.ToLowerInvariant();
        var date = part switch
        {
            "anfang" or "early" => new DateOnly(year, 3, 31),
            "mitte" or "mid" or "mid-" => new DateOnly(year, 7, 31),
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
        var countWord = match.Groups["count"].Value.ToLowerInvariant();
        int? count = int.TryParse(countWord, CultureInfo.InvariantCulture, out var number) ? number : countWord switch
        {
            "einem" or "einer" or "eines" => 1,
            "zwei" => 2,
            "drei" => 3,
            "vier" => 4,
            "fünf" => 5,
            "sechs" => 6,
            "acht" => 8,
            "zehn" => 10,
            "zwölf" => 12,
            _ => null,
        };
        if (count is not { } n || n is < 1 or > 120)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var date = unit switch
        {
            _ when unit.StartsWith("tag", StringComparison.Ordinal) => today.AddDays(n),
            _ when unit.StartsWith("woche", StringComparison.Ordinal) => today.AddDays(7 * n),
            _ when unit.StartsWith("monat", StringComparison.Ordinal) => today.AddMonths(n),
            _ => today.AddYears(n),
        };
        return new(new DateMatch(match.Value, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new TextSpan(match.Index, match.Length));
    }

    private static int? MonthNumber(string name)
    {
        var key = name.ToLowerInvariant().TrimEnd('.');
        return key switch
        {
            "januar" or "jänner" or "jan" => 1,
            "februar" or "feb" => 2,
            "märz" or "maerz" or "mär" => 3,
            "april" or "apr" => 4,
            "mai" => 5,
            "juni" or "jun" => 6,
            "juli" or "jul" => 7,
            "august" or "aug" => 8,
            "september" or "sep" or "sept" => 9,
            "oktober" or "okt" => 10,
            "november" or "nov" => 11,
            "dezember" or "dez" => 12,
            _ => null,
        };
    }

    [GeneratedRegex(Prefix + @"\b(?<part>Anfang|Mitte|Ende)\s+(?<month>Januar|Jänner|Jan\.|Februar|Feb\.|März|Maerz|Mär\.|April|Apr\.|Mai|Juni|Juli|August|Aug\.|September|Sept?\.|Oktober|Okt\.|November|Nov\.|Dezember|Dez\.)(?:\s+(?<year>20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPartRegex();

    [GeneratedRegex(Prefix + @"\b(?:(?<mod>im\s+(?:nächsten|kommenden)|diesen|dieses|nächsten|kommenden|im|in\s+the|the|this|next|in)\s+)?(?<season>Frühling|Frühjahr|Sommer|Herbst|Winter|spring|summer|autumn|fall)\b(?:\s+(?<year>20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonRegex();

    [GeneratedRegex(Prefix + @"\b(?:im\s+|in\s+)?(?:Q(?<q>[1-4])|(?<q>[1-4])\.\s*Quartal)(?:\s+(?<year>20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(Prefix + @"\b(?:(?<part>Anfang|Mitte|Ende|early|mid-?|late)\s*(?:(?<next>nächsten|kommenden|des\s+nächsten|des\s+kommenden|next)\s+(?:Jahres|year)|(?<year>20\d\d)\b)|(?:zum\s+)?(?<part>Jahresende)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPartRegex();

    [GeneratedRegex(Prefix + @"\b(?:in\s+(?:der\s+)?)?(?:KW|Kalenderwoche)\s*(?<week>\d{1,2})\b(?:\s*(?:/|in)?\s*(?<year>20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarWeekRegex();

    [GeneratedRegex(@"\b(?:innerhalb\s+(?:von\s+)?|binnen\s+)(?<count>\d{1,3}|einem|einer|eines|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf)\s+(?<unit>Tagen?|Wochen?|Monaten?|Monats|Jahren?|Jahres)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithinRegex();

    [GeneratedRegex(@"\bin\s+(?:einem\s+)?(?:halben\s+Jahr|(?:a\s+)?half\s+a\s+year|a\s+half\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfYearRegex();
}
