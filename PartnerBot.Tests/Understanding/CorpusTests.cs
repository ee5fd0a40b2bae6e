using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace PartnerBot.Tests.Understanding;

/// <summary>The form of the understanding corpus (Corpus/*.json): what it says is checked by the corpus scorer, not here.</summary>
public partial class CorpusTests
{
    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusFiles.Cases;

    [Fact]
    public void Every_file_is_a_strict_JSON_array_of_cases_named_group_dot_part()
    {
        var problems = new List<string>();
        foreach (var path in CorpusFiles.Paths)
        {
            var name = Path.GetFileName(path);
            if (CorpusFiles.Part(path) is null)
            {
                problems.Add($"{name}: not named {{group}}.build.json or {{group}}.heldback.json");
            }

            try
            {
                using var document = CorpusFiles.Parse(path);
                if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
                {
                    problems.Add($"{name}: not an array of objects");
                }
            }
            catch (JsonException exception)
            {
                problems.Add($"{name}: {exception.Message}");
            }
        }

        Assert.NotEmpty(CorpusFiles.Paths);
        Assert.Empty(problems);
    }

    [Fact]
    public void Ids_are_unique_and_name_their_group_and_part()
    {
        var duplicates = Cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
        Assert.Empty(Cases.Where(c => !Regex.IsMatch(c.Id, $"^{CorpusVocabulary.IdPrefixOf(c)}-{(c.HeldBack ? "h" : "")}[0-9]{{4}}$")).Select(c => c.ToString()));
    }

    [Fact]
    public void Cases_use_known_keys_kinds_screens_and_locales()
    {
        var problems = Cases.SelectMany(c => Keys(c).Select(problem => $"{c}: {problem}")).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Each_case_is_in_the_file_of_its_language_group()
    {
        Assert.Empty(Cases.Where(c => CorpusVocabulary.GroupOf(c) != c.Group).Select(c => $"{c}: belongs in {CorpusVocabulary.GroupOf(c)}"));
    }

    [Fact]
    public void Each_language_group_has_at_least_its_target_number_of_cases()
    {
        foreach (var (group, target) in CorpusVocabulary.Targets)
        {
            var count = Cases.Count(c => c.Group == group);
            Assert.True(count >= target, $"{group}: {count} cases, the target is {target}");
        }

        Assert.True(Cases.Count >= CorpusVocabulary.TotalTarget, $"{Cases.Count} cases, the target is {CorpusVocabulary.TotalTarget}");
        Assert.Empty(Cases.Select(c => c.Group).Distinct().Except(CorpusVocabulary.Targets.Keys));
    }

    [Fact]
    public void Between_25_and_35_percent_of_each_group_are_held_back()
    {
        foreach (var group in Cases.GroupBy(c => c.Group).Append(Cases.GroupBy(_ => "all").Single()))
        {
            var share = (double)group.Count(c => c.HeldBack) / group.Count();
            Assert.InRange(share, 0.25, 0.35);
        }
    }

    [Fact]
    public void No_message_is_written_twice()
    {
        var repeated = Cases.GroupBy(c => WhitespaceRegex().Replace(c.Text.Trim().ToLowerInvariant(), " ")).Where(g => g.Count() > 1);
        Assert.Empty(repeated.Select(g => string.Join(", ", g.Select(c => c.Id)) + ": " + g.Key));
    }

    [Fact]
    public void Dates_are_ISO_and_deadlines_lie_ahead_of_the_customers_today()
    {
        var problems = new List<string>();
        foreach (var c in Cases)
        {
            if (!IsoDate(c.Now, out var now))
            {
                problems.Add($"{c}: now '{c.Now}' is not yyyy-MM-dd");
                continue;
            }

            if (c.ExpectObject("timeframe") is { } timeframe && timeframe.TryGetProperty("date", out var date))
            {
                if (date.ValueKind != JsonValueKind.String || !IsoDate(date.GetString(), out var deadline))
                {
                    problems.Add($"{c}: timeframe.date is not yyyy-MM-dd");
                }
                else if (deadline < now || deadline > now.AddYears(5))
                {
                    problems.Add($"{c}: timeframe.date {deadline:yyyy-MM-dd} is not within five years after {c.Now}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Phones_are_valid_E164_numbers()
    {
        var util = PhoneNumberUtil.GetInstance();
        var phones = Cases.Select(c => (Case: c, Phone: c.ExpectString("phone"))).Where(p => p.Phone is not null).ToList();
        Assert.NotEmpty(phones);
        Assert.Empty(phones.Where(p => !E164Regex().IsMatch(p.Phone!) || !util.IsValidNumber(util.Parse(p.Phone, null))).Select(p => $"{p.Case}: {p.Phone}"));
    }

    [Fact]
    public void Currencies_are_ISO_4217_codes()
    {
        var codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => new RegionInfo(c.Name).ISOCurrencySymbol).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("CHF", codes);
        var currencies = Cases.Select(c => (Case: c, Budget: c.ExpectObject("budget")))
            .Where(b => b.Budget is { } budget && budget.TryGetProperty("currency", out _))
            .Select(b => (b.Case, Currency: b.Budget!.Value.GetProperty("currency").GetString() ?? ""))
            .ToList();
        Assert.NotEmpty(currencies);
        Assert.Empty(currencies.Where(c => !codes.Contains(c.Currency)).Select(c => $"{c.Case}: {c.Currency}"));
    }

    [Fact]
    public void Labels_are_consistent_with_each_other_and_with_the_text()
    {
        var problems = Cases.SelectMany(c => CorpusLabelChecks.Problems(c).Select(problem => $"{c}: {problem}")).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void The_messages_observed_with_testers_are_in_the_corpus()
    {
        var missing = CorpusObserved.Messages.Where(o => !Cases.Any(c => c.Locale.StartsWith(o.LocalePrefix, StringComparison.Ordinal)
            && c.Text.Contains(o.Text, StringComparison.OrdinalIgnoreCase))).Select(o => $"{o.Text} ({o.LocalePrefix})");
        Assert.Empty(missing);
        Assert.Contains(Cases, c => c.Locale == "de-AT" && c.ExpectString("phone")?.StartsWith("+43", StringComparison.Ordinal) == true);
        Assert.Contains(Cases, c => c.Locale == "de-CH" && c.ExpectString("phone")?.StartsWith("+41", StringComparison.Ordinal) == true);
        Assert.Contains(Cases, c => c.Locale == "de-CH" && c.ExpectObject("budget")?.GetProperty("currency").GetString() == "CHF");
        Assert.Empty(CorpusVocabulary.Kinds.Where(kind => !Cases.Any(c => c.ExpectString("kind") == kind && c.HeldBack))
            .Concat(CorpusVocabulary.Kinds.Where(kind => !Cases.Any(c => c.ExpectString("kind") == kind && !c.HeldBack))));
    }

    private static IEnumerable<string> Keys(CorpusCase c)
    {
        foreach (var key in c.Json.EnumerateObject().Select(p => p.Name).Except(CorpusVocabulary.CaseKeys))
        {
            yield return $"unknown key '{key}'";
        }

        foreach (var key in CorpusVocabulary.CaseKeys.Where(k => !c.Json.TryGetProperty(k, out _)))
        {
            yield return $"no '{key}'";
        }

        if (c.Expect.ValueKind != JsonValueKind.Object)
        {
            yield return "expect is not an object";
            yield break;
        }

        foreach (var key in c.Expect.EnumerateObject().Select(p => p.Name).Except(CorpusVocabulary.ExpectKeys))
        {
            yield return $"unknown expect key '{key}'";
        }

        foreach (var (name, known) in new[] { ("timeframe", CorpusVocabulary.TimeframeKeys), ("budget", CorpusVocabulary.BudgetKeys) })
        {
            if (c.Expect.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.Object || !value.EnumerateObject().Any()))
            {
                yield return $"{name} is not a non-empty object";
            }
            else if (c.ExpectObject(name) is { } labels)
            {
                foreach (var key in labels.EnumerateObject().Select(p => p.Name).Except(known))
                {
                    yield return $"unknown {name} key '{key}'";
                }
            }
        }

        if (!CorpusVocabulary.Kinds.Contains(c.ExpectString("kind")))
        {
            yield return $"unknown kind '{c.ExpectString("kind")}'";
        }

        var screen = c.Json.GetProperty("onScreen");
        if (screen.ValueKind != JsonValueKind.Null && !CorpusVocabulary.Screens.Contains(c.OnScreen))
        {
            yield return $"unknown onScreen '{screen}'";
        }

        if (!CorpusVocabulary.Locales.Contains(c.Locale))
        {
            yield return $"unknown locale '{c.Locale}'";
        }

        if (string.IsNullOrWhiteSpace(c.Text))
        {
            yield return "no text";
        }
    }

    private static bool IsoDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Regex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
