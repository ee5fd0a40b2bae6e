using PartnerBot.Understanding;

namespace PartnerBot.Bench.Corpus;

/// <summary>Maps <see cref="Understood"/> onto a corpus case's labels. The rules, also in bench/README.md:
/// the kind a message amounts to is <see cref="Understood.Kind"/> (<c>none</c> when nothing was recognised).
/// A wish or vision (on the vision question the free-text remainder) is right when it contains every labelled word (ignoring case);
/// a name, salutation and title when they equal the label ignoring case; dates, amounts, ranges, currencies, e-mail addresses,
/// e-mail problems, phone numbers and the message language when they are equal; urgent, open, per-period, up-to and text-only
/// budgets when they are as labelled.</summary>
public static class CorpusScorer
{
    /// <summary>The fields <see cref="Understood"/> cannot express today; the report marks them.</summary>
    public static readonly string[] NotInUnderstood =
        [];

    /// <summary>The slot name the engine passes as expected slot for what is on screen (none outside the questions).</summary>
    public static string? ExpectedSlot(string? onScreen) => onScreen switch
    {
        "name" => SlotNames.Name,
        "wish" => SlotNames.Wish,
        "vision" => SlotNames.Vision,
        "timeframe" => SlotNames.Timeframe,
        "budget" => SlotNames.Budget,
        "contact" => SlotNames.Contact,
        "consent" => SlotNames.Consent,
        "summary" => SlotNames.Summary,
        _ => null,
    };

    /// <summary>Scores what <paramref name="understood"/> says about <paramref name="c"/>.</summary>
    public static CorpusScore Score(CorpusCase c, Understood understood)
    {
        var expect = c.Expect;
        var vision = c.OnScreen == "vision" && understood.Remainder.Count(char.IsLetter) >= 2 ? understood.Remainder : null;
        var checks = new List<(string, bool)>();
        void Check(bool labelled, string field, bool right)
        {
            if (labelled)
            {
                checks.Add((field, right));
            }
        }

        Check(expect.Command is not null, "command", understood.Command is { } command && string.Equals(command.Command.ToString(), expect.Command, StringComparison.OrdinalIgnoreCase));
        Check(expect.Name is not null, "name", string.Equals(understood.Name?.Name.Trim(), expect.Name, StringComparison.OrdinalIgnoreCase));
        Check(expect.Salutation is not null, "salutation", string.Equals(understood.Name?.Salutation, expect.Salutation, StringComparison.OrdinalIgnoreCase));
        Check(expect.Title is not null, "title", string.Equals(understood.Name?.Title, expect.Title, StringComparison.OrdinalIgnoreCase));
        Check(expect.WishIncludes is not null, "wish", Includes(understood.Wish?.Value, expect.WishIncludes));
        Check(expect.VisionIncludes is not null, "vision", Includes(vision, expect.VisionIncludes));
        if (expect.Timeframe is { } timeframe)
        {
            var date = timeframe.Date is null || understood.Timeframe?.Date == timeframe.Date;
            Check(timeframe.Date is not null, "timeframe.date", date);
            Check(timeframe.Urgent, "timeframe.urgent", understood.Urgent);
            Check(timeframe.Open, "timeframe.open", understood.OpenTimeframe);
            checks.Add(("timeframe", date && timeframe.Urgent == understood.Urgent && timeframe.Open == understood.OpenTimeframe
                && (timeframe.Date is not null || understood.Timeframe is null)));
        }

        if (expect.Budget is { } budget)
        {
            var amount = budget.Amount is null || understood.Budget?.Amount == budget.Amount;
            var currency = budget.Currency is null || understood.Budget?.Currency == budget.Currency;
            Check(budget.Amount is not null, "budget.amount", amount);
            Check(budget.Currency is not null, "budget.currency", currency);
            var found = understood.Budget;
            var range = found?.Min == budget.Min && found?.Max == budget.Max;
            var per = found?.Per == budget.Per;
            var upTo = (found?.UpTo ?? false) == budget.UpTo;
            var textOnly = budget.TextOnly ? found is null && understood.BudgetText is not null : found is not null;
            Check(budget.Min is not null || budget.Max is not null, "budget.range", range);
            Check(budget.Per is not null, "budget.per", per);
            Check(budget.UpTo, "budget.upTo", upTo);
            Check(budget.TextOnly, "budget.textOnly", textOnly);
            checks.Add(("budget", amount && currency && textOnly && (budget.TextOnly || (range && per && upTo))));
        }

        Check(expect.Email is not null, "email", understood.Email?.Address == expect.Email);
        Check(expect.EmailProblem is not null, "emailProblem", understood.EmailProblem is { } problem && string.Equals(problem.ToString(), expect.EmailProblem, StringComparison.OrdinalIgnoreCase));
        Check(expect.Phone is not null, "phone", understood.Phone?.E164 == expect.Phone);
        Check(expect.Language is not null, "language", understood.Language == expect.Language);

        var falseFinds = new List<string>();
        void FalseFind(bool found, bool labelled, string field)
        {
            if (found && !labelled)
            {
                falseFinds.Add(field);
            }
        }

        FalseFind(understood.Name is not null, expect.Name is not null, "name");
        FalseFind(understood.Wish is not null, expect.WishIncludes is not null, "wish");
        FalseFind(understood.Timeframe is not null || understood.Urgent || understood.OpenTimeframe, expect.Timeframe is not null, "timeframe");
        FalseFind(understood.Budget is not null || understood.BudgetText is not null, expect.Budget is not null, "budget");
        FalseFind(understood.Email is not null, expect.Email is not null, "email");
        FalseFind(understood.Phone is not null, expect.Phone is not null, "phone");
        return new CorpusScore(c, ReadAs(understood), checks, falseFinds);
    }

    /// <summary>The kind <see cref="Understood.Kind"/> says, in the corpus's spelling ("aboutBot"); "none" when nothing was recognised.</summary>
    private static string ReadAs(Understood understood) =>
        understood.Kind == MessageKind.None ? "none" : char.ToLowerInvariant(understood.Kind.ToString()[0]) + understood.Kind.ToString()[1..];

    private static bool Includes(string? value, IReadOnlyList<string>? words) =>
        value is not null && words is not null && words.All(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));
}
