using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Writes the figures of a message the way the currency recognizer reads them, each replacement as long as what it
/// replaces so that positions hold: "3 000" (thousands grouped by spaces, as French and DIN 5008 write them) becomes "3000",
/// "10 T€" (thousands of euros) "10 k€", and, where a budget is asked for or named, "a 4000er" (an amount named by its figure) "a 4000".</summary>
internal static partial class MoneyText
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    // "T€", "TEUR", "T CHF": the thousand is one capital T right before the currency.
    private static readonly Regex ThousandBeforeCurrency = new(
        @"(?<=\d\s?)T(?=\s?(?:€|(?i:" + Words.Pattern("money.thousandCurrencies") + @")(?![\p{L}])))", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "20 TEUR": written as one word, the thousand of euros becomes "k€" (what follows a thousand must be no letter).
    private static readonly Regex ThousandEuroWord = new(
        @"(?<=\d\s?)T(?i:" + Words.Pattern("money.currency.eur") + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex FigureSuffix = Vocabulary.Compile(@"(?<=\d{3})" + Words.Pattern("money.figureSuffixes") + @"(?![\p{L}])");

    /// <summary><paramref name="text"/> with its figures prepared.</summary>
    public static string Prepare(string text, bool budgetContext)
    {
        if (text.Contains(' ', StringComparison.Ordinal) || text.Contains('\u00A0', StringComparison.Ordinal) || text.Contains('\u202F', StringComparison.Ordinal))
        {
            text = SpaceGrouped().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).PadRight(m.Length));
        }

        if (text.Contains('T', StringComparison.Ordinal))
        {
            text = ThousandBeforeCurrency.Replace(ThousandEuroWord.Replace(text, m => "k€".PadRight(m.Length)), "k");
        }

        return budgetContext ? FigureSuffix.Replace(text, m => new string(' ', m.Length)) : text;
    }

    // A first group without a leading zero, then groups of exactly three digits: not a phone number ("0151 234 567") nor a date.
    [GeneratedRegex(@"(?<![\d.,:/])[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+(?![\d.,:/]?\d)")]
    private static partial Regex SpaceGrouped();
}
