using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Finds an amount of money. A range ("zwischen 3.000 und 5.000 €") counts as its upper bound; a bare number only counts as the budget when the budget was asked for or named.</summary>
public sealed partial class MoneyRecognizer(RecognizerModels models)
{
    /// <summary>The first amount outside <paramref name="excluded"/> (e-mail addresses, phone numbers), or null.</summary>
    public Recognized<MoneyMatch>? Find(string text, LanguageLocale locale, string? expectedSlot, IReadOnlyCollection<TextSpan> excluded)
    {
        if (string.IsNullOrWhiteSpace(text) || !MayHoldMoney.IsMatch(text))
        {
            return null;
        }

        // "1'000.–": Swiss thousands and the dash for no cents, kept in length so that positions hold. The thousands become the
        // digits alone: every language's recognizer reads those as one number (a French one read "15,000" as fifteen).
        text = SwissDash().Replace(SwissGrouped().Replace(text, m => SwissThousands().Replace(m.Value, "").PadLeft(m.Length)), m => new string(' ', m.Length));
        var budgetContext = expectedSlot == SlotNames.Budget || BudgetWord.IsMatch(text);
        text = MoneyText.Prepare(text, budgetContext);
        var modelsOfCulture = models.For(locale);
        var candidates = new List<Recognized<MoneyMatch>>();
        foreach (var result in modelsOfCulture.Currency.Parse(text))
        {
            var span = SpanOf(result, text);
            if (span is null || span.Value.OverlapsAny(excluded) || result.Resolution is null)
            {
                continue;
            }

            var currency = Iso(result.Resolution.GetValueOrDefault("isoCurrency") as string, result.Resolution.GetValueOrDefault("unit") as string);
            if (currency is not null && ParseAmount(result.Resolution.GetValueOrDefault("value") as string, locale) is { } amount)
            {
                if (CutDecimal(text, span.Value) is { } whole)
                {
                    (span, amount) = whole; // "5000,50 €": the recognizer read only the cents
                }

                candidates.Add(new(new MoneyMatch(text.Substring(span.Value.Start, span.Value.Length), amount, currency), span.Value));
            }
        }

        foreach (Match match in Shorthand.Matches(text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (span.OverlapsAny(excluded) || candidates.Any(c => c.Span.Overlaps(span)))
            {
                continue;
            }

            var currency = CurrencyOfSymbol(match.Groups["cur"].Value) ?? CurrencyOfSymbol(match.Groups["pre"].Value);
            if (currency is null && ((!budgetContext && !ImpliedCurrency.Contains(match.Groups["mult"].Value)) || CountsSomething(text, span.End)))
            {
                continue;
            }

            if (ParseLooseNumber(match.Groups["num"].Value) is { } number)
            {
                candidates.Add(new(new MoneyMatch(match.Value.Trim(), number * Multiplier(match.Groups["mult"].Value), currency ?? locale.Currency), span));
            }
        }

        if (candidates.Count == 0 && budgetContext)
        {
            foreach (var result in modelsOfCulture.Number.Parse(text))
            {
                var span = SpanOf(result, text);
                if (span is not null && !span.Value.OverlapsAny(excluded) && SpelledAmount.IsMatch(result.Text) && !CountsSomething(text, span.Value.End)
                    && (expectedSlot == SlotNames.Budget || !YearAfterPreposition.IsMatch(text.AsSpan(0, span.Value.End)))
                    && ParseAmount(result.Resolution?.GetValueOrDefault("value") as string, locale) is { } amount)
                {
                    candidates.Add(new(new MoneyMatch(text.Substring(span.Value.Start, span.Value.Length), amount, locale.Currency), span.Value));
                }
            }
        }

        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return candidates.Count == 0 ? null : WithCurrencyBefore(text, WithRange(text, candidates));
    }

    /// <summary>The match with a currency word written before it ("Fr. 2'500.–"), so that no other recognizer reads that word ("Fr." as Friday).</summary>
    private static Recognized<MoneyMatch> WithCurrencyBefore(string text, Recognized<MoneyMatch> found)
    {
        var before = text[Math.Max(0, found.Span.Start - 12)..found.Span.Start];
        return CurrencyBefore.Match(before) is { Success: true } currency
            ? found with { Span = new TextSpan(found.Span.Start - before.Length + currency.Index, found.Span.End - (found.Span.Start - before.Length + currency.Index)) }
            : found;
    }

    private static readonly Regex CurrencyBefore = Vocabulary.Compile(@"(?<![\p{L}])" + Vocabulary.Shared.Pattern("money.currencyBefore") + @"\s*$");

    /// <summary>Joins "3.000 und 5.000 €" / "$3,000 to $5,000" into one match worth the upper bound.</summary>
    /// <summary>True when a count or size follows the number ("für 50 Leute", "250 qm", "12 Stück"): no amount of money.</summary>
    private static bool CountsSomething(string text, int end) => end < text.Length && CountAfter.IsMatch(text, end);

    private static Recognized<MoneyMatch> WithRange(string text, List<Recognized<MoneyMatch>> candidates)
    {
        var first = candidates[0];
        if (candidates.Count > 1)
        {
            var second = candidates[1];
            var between = text[first.Span.End..second.Span.Start];
            if (RangeJoin.IsMatch(between) && first.Value.Currency == second.Value.Currency)
            {
                var range = Range(text, first.Span.Start, second.Span.End, Math.Max(first.Value.Amount, second.Value.Amount), first.Value.Currency);
                return MoneyShape.Read(text, range, Math.Min(first.Value.Amount, second.Value.Amount));
            }
        }

        // "$1,500-2,000": the currency written once, before the lower bound; a dash and a larger bare figure close the range.
        if (UpperBound.Match(text, first.Span.End) is { Success: true } upper && ParseLooseNumber(upper.Groups["num"].Value) is { } high
            && high * Multiplier(upper.Groups["mult"].Value) is var top && top > first.Value.Amount)
        {
            return MoneyShape.Read(text, Range(text, first.Span.Start, upper.Index + upper.Length, top, first.Value.Currency), first.Value.Amount);
        }

        var before = text[Math.Max(0, first.Span.Start - 40)..first.Span.Start];
        if (LowerBound.Match(before) is { Success: true } lower && ParseLooseNumber(lower.Groups["num"].Value) is { } low)
        {
            var start = first.Span.Start - before.Length + lower.Index;
            while (char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return MoneyShape.Read(text, Range(text, start, first.Span.End, Math.Max(low, first.Value.Amount), first.Value.Currency), Math.Min(low, first.Value.Amount));
        }

        return MoneyShape.Read(text, first, null);
    }

    /// <summary>The whole figure when a match begins right after a figure and a decimal comma ("5000,|50 €"), with its span.</summary>
    private static (TextSpan, decimal)? CutDecimal(string text, TextSpan span)
    {
        if (span.Start < 2 || text[span.Start - 1] != ',' || !char.IsDigit(text[span.Start - 2]))
        {
            return null;
        }

        var start = span.Start - 1;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        var end = span.Start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        if ((start > 0 && text[start - 1] is '.' or ',') || end - span.Start is < 1 or > 2 || ParseLooseNumber(text[start..end]) is not { } whole)
        {
            return null;
        }

        return (new TextSpan(start, span.End - start), whole);
    }

    private static Recognized<MoneyMatch> Range(string text, int start, int end, decimal upper, string currency) =>
        new(new MoneyMatch(text[start..end], upper, currency), new TextSpan(start, end - start));

    private static TextSpan? SpanOf(ModelResult result, string text)
    {
        var span = new TextSpan(result.Start, result.End - result.Start + 1);
        return span.Start >= 0 && span.End <= text.Length ? span : null;
    }

    private static string? Iso(string? iso, string? unit)
    {
        if (!string.IsNullOrEmpty(iso))
        {
            return iso;
        }

        return unit switch
        {
            "Dollar" or "United States dollar" => "USD",
            "Pound" or "British pound" or "Pound sterling" => "GBP",
            "Euro" => "EUR",
            "Swiss franc" => "CHF",
            _ => null,
        };
    }

    private static string? CurrencyOfSymbol(string symbol) => Currencies.GetValueOrDefault(symbol.Trim());

    private static decimal? ParseAmount(string? value, LanguageLocale locale)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.Number, locale.NumberFormat, out var amount) && amount > 0 ? amount : null;
    }

    /// <summary>Reads "5", "2,5", "2.5", "5.000", "5,000": one separator before exactly three digits groups thousands, otherwise it is the decimal mark.</summary>
    private static decimal? ParseLooseNumber(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var normalized = ThousandsRegex().IsMatch(value)
            ? value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal)
            : value.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }

    private static decimal Multiplier(string word) => word.Length == 0 ? 1m : Millions.Contains(word) ? 1_000_000m : 1_000m;

    private static readonly Vocabulary Words = Vocabulary.Shared;

    /// <summary>The currency per symbol or word ("€", "euro", "franken" → EUR, CHF), from the <c>money.currency.*</c> lists.</summary>
    private static readonly Dictionary<string, string> Currencies = Words.Group("money.currency.")
        .SelectMany(g => g.Words.Select(w => (Word: w, Iso: g.Name.ToUpperInvariant())))
        .DistinctBy(c => c.Word)
        .ToDictionary(c => c.Word, c => c.Iso, StringComparer.OrdinalIgnoreCase);

    /// <summary>"15 Mille", "8 grand": thousands that only money comes in.</summary>
    private static readonly HashSet<string> ImpliedCurrency = Words.Set("money.impliedCurrency", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Millions = Words.Set("money.millions", StringComparer.OrdinalIgnoreCase);

    private static readonly string CurrencyWords = Vocabulary.Alternation(Currencies.Keys);

    private static readonly string Multipliers = Words.Pattern("money.thousands", "money.millions");

    private static readonly GatedRegex MayHoldMoney = new(
        Vocabulary.Compile(@"[\d€$£]|" + Words.Pattern("money.hints")), GatedRegex.Literals(Words.Words("money.hints"))?.Concat(["€", "$", "£"]), digitsPass: true);

    private static readonly GatedRegex BudgetWord = GatedRegex.Of(@"\b" + Words.Pattern("money.budgetWords"), Words.Words("money.budgetWords"));

    private static readonly Regex Shorthand = Vocabulary.Compile(
        @"(?<pre>[€$£])?\s?(?<![\d.,])(?<num>\d{1,9}(?:[.,]\d{1,3})?)\s?(?<mult>" + Multipliers + @")(?![\p{L}\d])(?:\s?(?<cur>" + CurrencyWords + @")\b)?");

    private static readonly Regex RangeJoin = Vocabulary.Compile(@"^\s*" + Words.Pattern("money.rangeJoins") + @"\s*$");

    private static readonly Regex LowerBound = Vocabulary.Compile(
        @"(?:\b" + Words.Pattern("money.rangeStarts") + @"\s+)?[€$£]?\s?(?<num>\d{1,3}(?:[.,]\d{3})+|\d+)\s?(?:(?:" + Multipliers + "|" + CurrencyWords + @")(?![\p{L}]))?\s*" + Words.Pattern("money.rangeJoins") + @"\s*$");

    private static readonly Regex UpperBound = Vocabulary.Compile(
        @"\G\s*[-–]\s*(?<num>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s?(?<mult>" + Multipliers + @")(?![\p{L}]))?(?![\d\p{L}])");

    /// <summary>"ein", "one", "a" are numbers to the recognizer, but no budget: digits or a spelled-out amount of hundreds and more.</summary>
    private static readonly Regex CountAfter = Vocabulary.Compile(@"\G\s*" + Words.Pattern("money.countNouns") + @"(?![\p{L}])");

    private static readonly Regex SpelledAmount = Vocabulary.Compile(@"\d|" + Words.Pattern("money.spelledAmounts"));

    /// <summary>"für 2027", "bis 2030": a year, not an amount, unless the budget was asked for.</summary>
    private static readonly Regex YearAfterPreposition = Vocabulary.Compile(@"\b" + Words.Pattern("money.yearPrepositions") + @"\s+(?:19|20)\d\d$");

    /// <summary>The currency words and thousands of every language, for telling a phone number from an amount ("5000 €", "4000 CHF").</summary>
    internal static string CurrencyOrMultiplier => "(?:" + CurrencyWords + "|" + Multipliers + ")";

    [GeneratedRegex(@"(?<=\d)['’](?=\d{3}(?!\d))")]
    private static partial Regex SwissThousands();

    [GeneratedRegex(@"\d{1,3}(?:['’]\d{3})+(?!\d)")]
    private static partial Regex SwissGrouped();

    [GeneratedRegex(@"(?<=\d)\.[–—-]{1,2}")]
    private static partial Regex SwissDash();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    private static partial Regex ThousandsRegex();
}
