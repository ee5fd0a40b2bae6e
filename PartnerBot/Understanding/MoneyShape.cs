using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Reads how an amount is meant from the words around it: a ceiling ("höchstens", "under"), a floor ("ab"), a period ("im Monat", "per month").</summary>
internal static class MoneyShape
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly Regex UpTo = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("money.upTo") + @"(?:(?<=\.)|(?![\p{L}]))[\s\p{Sc}]*$");

    private static readonly Regex UpToAfter = Vocabulary.Compile(@"^\s*" + Words.Pattern("money.upToAfter") + @"(?:(?<=\.)|(?![\p{L}]))");

    private static readonly Regex From = Vocabulary.Compile(@"(?<![\p{L}])" + Words.Pattern("money.from") + @"(?:(?<=\.)|(?![\p{L}]))[\s\p{Sc}]*$");

    private static readonly (Regex Words, string Per)[] Periods =
        [.. Words.Group("money.per.").Select(g => (Vocabulary.Compile(@"^[\s,.–-]*(?:\p{L}{1,6}\s+)?" + Vocabulary.Alternation(g.Words) + @"(?![\p{L}])"), g.Name))];

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
        else if (UpTo.IsMatch(before) || UpToAfter.IsMatch(after))
        {
            money = money with { UpTo = true };
        }
        else if (From.IsMatch(before))
        {
            money = money with { Min = money.Amount };
        }

        foreach (var (words, per) in Periods)
        {
            if (words.IsMatch(after))
            {
                money = money with { Per = per };
                break;
            }
        }

        return found with { Value = money };
    }
}
