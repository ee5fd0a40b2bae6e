using System.Globalization;
using System.Text;

namespace PartnerBot.Bench.Corpus;

/// <summary>The corpus scores as Markdown: per language group, per kind and per field, the build part beside the held-back part.</summary>
public static class CorpusReport
{
    private static readonly string[] FieldOrder =
    [
        "name", "salutation", "title", "wish", "vision", "timeframe", "timeframe.date", "timeframe.urgent", "timeframe.open",
        "budget", "budget.amount", "budget.currency", "budget.range", "budget.per", "budget.upTo", "budget.textOnly",
        "email", "emailProblem", "phone", "language", "command",
    ];

    private static readonly string[] FalseFindFields = ["name", "wish", "timeframe", "budget", "email", "phone"];

    /// <summary>The report of <paramref name="scores"/>, measured on <paramref name="measuredOn"/>.</summary>
    public static string ToMarkdown(IReadOnlyList<CorpusScore> scores, DateOnly measuredOn)
    {
        var build = scores.Where(s => !s.Case.HeldBack).ToList();
        var held = scores.Where(s => s.Case.HeldBack).ToList();
        var md = new StringBuilder();
        md.AppendLine("# Understanding corpus: today's `ITextUnderstanding`");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {measuredOn:yyyy-MM-dd} on {scores.Count} cases ({build.Count} build, {held.Count} held back) of `PartnerBot.Tests/Understanding/Corpus`; scoring rules in `bench/README.md`.");
        md.AppendLine("A share is right/labelled. Rules are tuned on the build part only; the held-back part says how well they generalise.");
        md.AppendLine();
        md.AppendLine("## Per language group");
        md.AppendLine();
        md.AppendLine("| group | part | cases | kind right | labelled values right | cases fully right |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var group in scores.Select(s => s.Case.Group).Distinct().Append("all"))
        {
            foreach (var (part, list) in new[] { ("build", build), ("held back", held) })
            {
                var inGroup = list.Where(s => group == "all" || s.Case.Group == group).ToList();
                var checks = inGroup.SelectMany(s => s.Checks).ToList();
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {group} | {part} | {inGroup.Count} | {Share(inGroup.Count(s => s.KindRight), inGroup.Count)} | {Share(checks.Count(c => c.Right), checks.Count)} | {Share(inGroup.Count(s => s.FullyRight), inGroup.Count)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("## Per kind");
        md.AppendLine();
        md.AppendLine("| kind | build | held back | read as (build and held back) |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var kind in scores.Select(s => s.Case.Expect.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var readAs = scores.Where(s => s.Case.Expect.Kind == kind).GroupBy(s => s.ReadAs).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind} | {KindShare(build, kind)} | {KindShare(held, kind)} | {string.Join(", ", readAs)} |");
        }

        md.AppendLine();
        md.AppendLine("## Per field");
        md.AppendLine();
        md.AppendLine("A whole `timeframe`/`budget` is right when every labelled key of it is. *not read* marks labels `Understood` has no field for (always wrong today).");
        md.AppendLine();
        md.AppendLine("| field | build | held back | |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var field in FieldOrder)
        {
            var note = CorpusScorer.NotInUnderstood.Contains(field) ? "*not read*" : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {FieldShare(build, field)} | {FieldShare(held, field)} | {note} |");
        }

        md.AppendLine();
        md.AppendLine("## Values found that the message does not give");
        md.AppendLine();
        md.AppendLine("Share of the cases without that label where a value was found anyway (a year or an order number read as a budget, a past date as a deadline, a trade read as a name, …).");
        md.AppendLine();
        md.AppendLine("| field | build | held back |");
        md.AppendLine("|---|---:|---:|");
        foreach (var field in FalseFindFields)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {FalseShare(build, field)} | {FalseShare(held, field)} |");
        }

        return md.ToString();
    }

    private static string KindShare(List<CorpusScore> scores, string kind)
    {
        var ofKind = scores.Where(s => s.Case.Expect.Kind == kind).ToList();
        return Share(ofKind.Count(s => s.KindRight), ofKind.Count);
    }

    private static string FieldShare(List<CorpusScore> scores, string field)
    {
        var checks = scores.SelectMany(s => s.Checks).Where(c => c.Field == field).ToList();
        return Share(checks.Count(c => c.Right), checks.Count);
    }

    private static string FalseShare(List<CorpusScore> scores, string field)
    {
        var unlabelled = scores.Where(s => !s.Checks.Any(c => c.Field == field || c.Field == field + ".date" || c.Field == field + ".amount")).ToList();
        return Share(scores.Count(s => s.FalseFinds.Contains(field)), unlabelled.Count, "0.0");
    }

    private static string Share(int right, int of, string format = "0") =>
        of == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{(100.0 * right / of).ToString(format, CultureInfo.InvariantCulture)} % ({right}/{of})");
}
