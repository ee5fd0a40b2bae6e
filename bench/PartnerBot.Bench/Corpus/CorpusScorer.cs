using PartnerBot.Understanding;

namespace PartnerBot.Bench.Corpus;

/// <summary>Maps today's <see cref="Understood"/> onto a corpus case's labels. The rules, also in bench/README.md:
/// the kind a message amounts to is <c>command</c> when a command was found; <c>yes</c>/<c>no</c> when the consent question is on
/// screen and a yes/no was found; <c>answer</c> when any slot value was found (a name, wish, date, budget, e-mail,
/// phone, or on the vision question a free-text remainder); else <c>yes</c>/<c>no</c> when one was found; else <c>none</c>.
/// Kinds <see cref="Understood"/> has no way to say (question, human, greeting, …) are therefore always wrong, and so are labels it
/// has no field for (salutation, title, urgent, open, range, per, upTo, text-only budgets, e-mail problems, language).
/// A wish or vision is right when it contains every labelled word (ignoring case); a name when it equals the label ignoring case;
/// dates, amounts, currencies, e-mail addresses and phone numbers when they are equal.</summary>
public static class CorpusScorer
{
    /// <summary>The fields <see cref="Understood"/> cannot express today; the report marks them.</summary>
    public static readonly string[] NotInUnderstood =
        ["salutation", "title", "timeframe.urgent", "timeframe.open", "budget.range", "budget.per", "budget.upTo", "budget.textOnly", "emailProblem", "language"];

    /// <summary>The slot name the engine passes as expected slot for what is on screen (none outside the questions).</summary>
    public static string? ExpectedSlot(string? onScreen) => onScreen switch
    {
        "name" => SlotNames.Name,
        "wish" => SlotNames.Wish,
        "vision" => SlotNames.Vision,
        "timeframe" => SlotNames.Timeframe,
        "budget" => SlotNames.Budget,
        "contact" => SlotNames.Contact,
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
        Check(expect.Salutation is not null, "salutation", false);
        Check(expect.Title is not null, "title", false);
        Check(expect.WishIncludes is not null, "wish", Includes(understood.Wish?.Value, expect.WishIncludes));
        Check(expect.VisionIncludes is not null, "vision", Includes(vision, expect.VisionIncludes));
        if (expect.Timeframe is { } timeframe)
        {
            var date = timeframe.Date is null || understood.Timeframe?.Date == timeframe.Date;
            Check(timeframe.Date is not null, "timeframe.date", date);
            Check(timeframe.Urgent, "timeframe.urgent", false);
            Check(timeframe.Open, "timeframe.open", false);
            checks.Add(("timeframe", date && !timeframe.Urgent && !timeframe.Open && understood.Timeframe is not null));
        }

        if (expect.Budget is { } budget)
        {
            var amount = budget.Amount is null || understood.Budget?.Amount == budget.Amount;
            var currency = budget.Currency is null || understood.Budget?.Currency == budget.Currency;
            Check(budget.Amount is not null, "budget.amount", amount);
            Check(budget.Currency is not null, "budget.currency", currency);
            Check(budget.Min is not null || budget.Max is not null, "budget.range", false);
            Check(budget.Per is not null, "budget.per", false);
            Check(budget.UpTo, "budget.upTo", false);
            Check(budget.TextOnly, "budget.textOnly", false);
            checks.Add(("budget", amount && currency && !budget.TextOnly && budget.Min is null && budget.Max is null && budget.Per is null && !budget.UpTo));
        }

        Check(expect.Email is not null, "email", understood.Email?.Address == expect.Email);
        Check(expect.EmailProblem is not null, "emailProblem", false);
        Check(expect.Phone is not null, "phone", understood.Phone?.E164 == expect.Phone);
        Check(expect.Language is not null, "language", false);

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
        FalseFind(understood.Timeframe is not null, expect.Timeframe?.Date is not null, "timeframe");
        FalseFind(understood.Budget is not null, expect.Budget?.Amount is not null, "budget");
        FalseFind(understood.Email is not null, expect.Email is not null, "email");
        FalseFind(understood.Phone is not null, expect.Phone is not null, "phone");
        return new CorpusScore(c, ReadAs(c, understood, vision), checks, falseFinds);
    }

    private static string ReadAs(CorpusCase c, Understood understood, string? vision)
    {
        var yesNo = understood.YesNo switch { YesNo.Yes => "yes", YesNo.No => "no", _ => null };
        if (understood.Command is not null)
        {
            return "command";
        }

        // On the consent question the yes/no is the answer, whatever else the message gives; elsewhere (the summary included,
        // where "nein, die Nummer ist 0160 …" is a correction) a value found makes it an answer.
        if (c.OnScreen == "consent" && yesNo is not null)
        {
            return yesNo;
        }

        var anyValue = understood.Name is not null || understood.Wish is not null || understood.Timeframe is not null
            || understood.Budget is not null || understood.Email is not null || understood.Phone is not null || vision is not null;
        return anyValue ? "answer" : yesNo ?? "none";
    }

    private static bool Includes(string? value, IReadOnlyList<string>? words) =>
        value is not null && words is not null && words.All(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));
}
