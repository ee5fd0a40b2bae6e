using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Reads how an amount is meant from the words around it: a ceiling ("höchstens", "under"), a floor ("ab"), a period ("im Monat", "per month").</summary>
internal static class MoneyShape
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>Spaces, currency signs and currency words between a ceiling or floor and the figure ("maximal Fr. 2'500.–", "höchstens CHF 800").</summary>
    private static readonly string CurrencyBefore = @"(?:[\s\p{Sc}]|(?<![\p{L}])" + Words.Pattern("money.currencyBefore") + @"(?:(?<=\.)|(?![\p{L}])))*";

    private static readonly Regex UpTo = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("money.upTo") + @"(?:(?<=\.)|(?![\p{L}]))" + CurrencyBefore + "$");

    private static readonly Regex UpToAfter = Vocabulary.Compile(@"^[\s,;–-]*" + Words.Pattern("money.upToAfter") + @"(?:(?<=\.)|(?![\p{L}]))");

    private static readonly Regex From = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("money.from") + @"(?:(?<=\.)|(?![\p{L}]))" + CurrencyBefore + "$");

    private static readonly (Regex Words, string Per)[] Periods =
        [.. Words.Group("money.per.").Select(g => (Vocabulary.Compile(@"^[\s,.–-]*(?:\p{L}{1,6}\s+)?" + Vocabulary.Alternation(g.Words) + @"(?![\p{L}])"), g.Name))];

    /// <summary>The same periods before the figure ("monatlich so 100 Euro", "per month about 200").</summary>
    private static readonly Regex[] PeriodsBefore =
        [.. Words.Group("money.per.").Select(g => Vocabulary.Compile(@"(?<![\p{L}])" + Vocabulary.Alternation(g.Words) + @"(?![\p{L}])(?:\s+\p{L}{1,8}\.?)?[\s\p{Sc}]*$"))];

    /// <summary><paramref name="found"/> with its range, ceiling or period, read from <paramref name="text"/>.</summary>
    /// <param name="low">The lower end when the customer named a range.</param>
    public static Recognized<MoneyMatch> Read(string text, Recognized<MoneyMatch> found, decimal? low)
    {
        var money = found.Value;
        var before = text[Math.Max(0, found.Span.Start - 30)..found.Span.Start];
        var after = text[found.Span.End..Math.Min(text.Length, found.Span.End + 30)];
        if (low is { } min && min < money.Amount)
        {
            if (min * 1000 <= money.Amount && min * 1000 * 5 > money.Amount)
            {
                min *= 1000; // "4-5k", "zwischen 20 und 25 tausend": the thousands belong to both figures
            }

            money = money with { Min = min, Max = money.Amount };
        }
        else if (UpTo.IsMatch(before) || UpToAfter.IsMatch(after) || UpToAfter.IsMatch(AfterPeriod(after)))
        {
            money = money with { UpTo = true };
        }
        else if (From.IsMatch(before))
        {
            money = money with { Min = money.Amount };
        }

        foreach (var ((words, per), leading) in Periods.Zip(PeriodsBefore))
        {
            if (words.IsMatch(after) || leading.IsMatch(before))
            {
                money = money with { Per = per };
                break;
            }
        }

        return found with { Value = money };
    }

    /// <summary>What follows a period after the figure, where a ceiling may come last ("300 monatlich max", "150 im Monat, mehr ned").</summary>
    private static string AfterPeriod(string after)
    {
        foreach (var (words, _) in Periods)
        {
            if (words.Match(after) is { Success: true } period)
            {
                return after[period.Length..];
            }
        }

        return "";
    }
}
