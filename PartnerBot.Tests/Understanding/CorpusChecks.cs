using System.Globalization;
using System.Text.Json;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>Compares what <see cref="ITextUnderstanding"/> read with a corpus case's labels, by the scoring rules of bench/README.md.</summary>
public static class CorpusChecks
{
    /// <summary>The expected slot for what is on screen, as the interview passes it.</summary>
    public static string? ExpectedSlot(string? onScreen) => onScreen; // the screens are named as the slots (SlotNames)

    /// <summary>The case's "today" at ten in the morning, Central European Time.</summary>
    public static DateTimeOffset Now(CorpusCase c) =>
        new(DateOnly.ParseExact(c.Now, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));

    /// <summary>The kind in the corpus's spelling ("aboutBot", "none").</summary>
    public static string KindName(MessageKind kind) => kind == MessageKind.None ? "none" : char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    /// <summary>Each labelled field with whether it was read right ("kind" first); a value found that the message does not give is a wrong "+field".</summary>
    public static List<(string Field, bool Right)> Check(CorpusCase c, Understood u)
    {
        var checks = new List<(string Field, bool Right)> { ("kind", KindName(u.Kind) == c.ExpectString("kind")) };
        void Label(string key, string field, bool right)
        {
            if (c.ExpectString(key) is not null || c.Expect.TryGetProperty(key, out _))
            {
                checks.Add((field, right));
            }
        }

        bool Is(string key, string? value) => string.Equals(c.ExpectString(key), value, StringComparison.OrdinalIgnoreCase);
        var expect = c.Expect;
        Label("command", "command", u.Command is { } command && Is("command", char.ToLowerInvariant(command.Command.ToString()[0]) + command.Command.ToString()[1..]));
        Label("name", "name", Is("name", u.Name?.Name.Trim()));
        Label("salutation", "salutation", Is("salutation", u.Name?.Salutation));
        Label("title", "title", Is("title", u.Name?.Title));
        Label("wishIncludes", "wish", Includes(u.Wish?.Value, expect, "wishIncludes"));
        var vision = c.OnScreen == "vision" && u.Remainder.Count(char.IsLetter) >= 2 ? u.Remainder : null;
        Label("visionIncludes", "vision", Includes(vision, expect, "visionIncludes"));
        if (c.ExpectObject("timeframe") is { } timeframe)
        {
            var date = timeframe.TryGetProperty("date", out var d) ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            checks.Add(("timeframe", u.Timeframe?.Date == date && u.Urgent == Flag(timeframe, "urgent") && u.OpenTimeframe == Flag(timeframe, "open")));
        }

        if (c.ExpectObject("budget") is { } budget)
        {
            var found = u.Budget;
            var right = Flag(budget, "textOnly")
                ? found is null && u.BudgetText is not null
                : found is not null && found.Amount == Number(budget, "amount") && found.Currency == Text(budget, "currency")
                    && found.Min == Number(budget, "min") && found.Max == Number(budget, "max") && found.Per == Text(budget, "per") && found.UpTo == Flag(budget, "upTo");
            checks.Add(("budget", right));
        }

        Label("email", "email", Is("email", u.Email?.Address));
        Label("emailProblem", "emailProblem", u.EmailProblem is { } problem && Is("emailProblem", char.ToLowerInvariant(problem.ToString()[0]) + problem.ToString()[1..]));
        Label("phone", "phone", Is("phone", u.Phone?.E164));
        Label("language", "language", Is("language", u.Language));

        void NotGiven(bool found, string key, string field)
        {
            if (found && !expect.TryGetProperty(key, out _))
            {
                checks.Add(("+" + field, false));
            }
        }

        NotGiven(u.Name is not null, "name", "name");
        NotGiven(u.Wish is not null, "wishIncludes", "wish");
        NotGiven(u.Timeframe is not null || u.Urgent || u.OpenTimeframe, "timeframe", "timeframe");
        NotGiven(u.Budget is not null || u.BudgetText is not null, "budget", "budget");
        NotGiven(u.Email is not null, "email", "email");
        NotGiven(u.Phone is not null, "phone", "phone");
        return checks;
    }

    private static bool Includes(string? value, JsonElement expect, string key) =>
        value is not null && expect.TryGetProperty(key, out var words) && words.EnumerateArray().All(w => value.Contains(w.GetString()!, StringComparison.OrdinalIgnoreCase));

    private static bool Flag(JsonElement o, string key) => o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True;

    private static decimal? Number(JsonElement o, string key) => o.TryGetProperty(key, out var v) ? v.GetDecimal() : null;

    private static string? Text(JsonElement o, string key) => o.TryGetProperty(key, out var v) ? v.GetString() : null;
}
