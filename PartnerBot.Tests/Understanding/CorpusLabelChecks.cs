using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Understanding;

/// <summary>Checks that a case's labels fit together and fit its text: a name that is in the message, a budget range whose amount is its top, …</summary>
public static partial class CorpusLabelChecks
{
    private static readonly string[] TimeframeFlags = ["urgent", "open"];

    /// <summary>What is wrong with the labels of <paramref name="c"/>; empty when nothing is.</summary>
    public static IEnumerable<string> Problems(CorpusCase c)
    {
        var kind = c.ExpectString("kind");
        var command = c.ExpectString("command");
        if ((kind == "command") != (command is not null))
        {
            yield return "a command case needs 'command', and only a command case has one";
        }

        if (command is not null && !CorpusVocabulary.Commands.Contains(command))
        {
            yield return $"unknown command '{command}'";
        }

        if (c.ExpectString("language") is { } language && (!CorpusVocabulary.Languages.Contains(language) || c.Locale.StartsWith(language + "-", StringComparison.Ordinal)))
        {
            yield return $"language '{language}' must be one of de/en/fr and differ from the page's";
        }

        if (c.ExpectString("salutation") is { } salutation && !CorpusVocabulary.Salutations[c.Language].Contains(salutation))
        {
            yield return $"salutation '{salutation}' is not a {c.Language} salutation";
        }

        if (c.ExpectString("title") is { } title && !CorpusVocabulary.Titles.Contains(title))
        {
            yield return $"unknown title '{title}'";
        }

        if (c.ExpectString("name") is { } name)
        {
            if (name.Split(' ').Any(part => !c.Text.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"name '{name}' is not in the text";
            }

            if (CorpusVocabulary.Salutations.Values.SelectMany(s => s).Concat(CorpusVocabulary.Titles).Any(word => name.Split(' ').Contains(word)))
            {
                yield return $"name '{name}' holds a salutation or title";
            }
        }

        foreach (var key in new[] { "wishIncludes", "visionIncludes" })
        {
            if (c.Expect.TryGetProperty(key, out var words))
            {
                var list = words.ValueKind == JsonValueKind.Array ? words.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString() : null).ToList() : [];
                if (list.Count is < 1 or > 3 || list.Any(string.IsNullOrWhiteSpace))
                {
                    yield return $"{key} must hold 1 to 3 words";
                }
                else if (list.FirstOrDefault(w => !c.Text.Contains(w!, StringComparison.OrdinalIgnoreCase)) is { } absent)
                {
                    yield return $"{key} word '{absent}' is not in the text";
                }
            }
        }

        if (c.ExpectString("email") is { } email && (!email.Equals(email.ToLowerInvariant(), StringComparison.Ordinal) || !EmailRegex().IsMatch(email)))
        {
            yield return $"email '{email}' is not a lower-cased address";
        }

        if (c.ExpectString("emailProblem") is { } problem && (!CorpusVocabulary.EmailProblems.Contains(problem) || c.ExpectString("email") is not null))
        {
            yield return $"emailProblem '{problem}' is unknown or comes with an email";
        }

        if (c.ExpectObject("timeframe") is { } timeframe)
        {
            foreach (var flag in TimeframeFlags.Where(f => timeframe.TryGetProperty(f, out var v) && v.ValueKind != JsonValueKind.True))
            {
                yield return $"timeframe.{flag} is written only as true";
            }

            if (timeframe.TryGetProperty("open", out _) && (timeframe.TryGetProperty("urgent", out _) || timeframe.TryGetProperty("date", out _)))
            {
                yield return "an open timeframe has no date and is not urgent";
            }
        }

        if (c.ExpectObject("budget") is { } budget)
        {
            foreach (var budgetProblem in Budget(budget))
            {
                yield return budgetProblem;
            }
        }
    }

    private static IEnumerable<string> Budget(JsonElement budget)
    {
        decimal? Number(string key) => budget.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        bool Has(string key) => budget.TryGetProperty(key, out _);

        if (Has("textOnly"))
        {
            if (budget.GetProperty("textOnly").ValueKind != JsonValueKind.True || budget.EnumerateObject().Count() != 1)
            {
                yield return "a text-only budget is { \"textOnly\": true } alone";
            }

            yield break;
        }

        if (Number("amount") is not { } amount || amount <= 0)
        {
            yield return "a budget needs a positive amount (or textOnly)";
            yield break;
        }

        if (!budget.TryGetProperty("currency", out var currency) || currency.ValueKind != JsonValueKind.String || !CurrencyRegex().IsMatch(currency.GetString()!))
        {
            yield return "a budget with an amount needs a three-letter currency";
        }

        if (Has("min") != Number("min").HasValue || Has("max") != Number("max").HasValue)
        {
            yield return "min and max are numbers";
        }

        if (Number("min") is { } min && Number("max") is { } max && (min >= max || amount != max))
        {
            yield return "a range has min < max and its max as amount";
        }

        if (Number("max") is { } onlyMax && Number("min") is null && onlyMax != amount)
        {
            yield return "max is the amount";
        }

        if (Number("min") is { } onlyMin && Number("max") is null && onlyMin != amount)
        {
            yield return "an open range ('ab 5000') has its min as amount";
        }

        if (budget.TryGetProperty("per", out var per) && !CorpusVocabulary.Periods.Contains(per.GetString() ?? ""))
        {
            yield return $"per '{per}' is not hour/week/month/year";
        }

        if (budget.TryGetProperty("upTo", out var upTo) && upTo.ValueKind != JsonValueKind.True)
        {
            yield return "upTo is written only as true";
        }
    }

    [GeneratedRegex(@"^[^@\s]+@(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}$")]
    private static partial Regex EmailRegex();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyRegex();
}
