using System.Globalization;
using System.Text;
using PartnerBot.Tests.Conversations.Scoring;

namespace PartnerBot.Bench.Conversations;

/// <summary>The conversation corpus's scores as Markdown: per part and language group, per field and per expected status, build beside held back.</summary>
public static class ConversationsReport
{
    /// <summary>The report of <paramref name="scores"/>, measured on <paramref name="measuredOn"/>.</summary>
    public static string ToMarkdown(IReadOnlyList<ConversationScore> scores, DateOnly measuredOn)
    {
        var build = scores.Where(s => !s.Conversation.HeldBack).ToList();
        var held = scores.Where(s => s.Conversation.HeldBack).ToList();
        var md = new StringBuilder();
        md.AppendLine("# Conversation corpus: whole conversations through today's bot");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {measuredOn:yyyy-MM-dd} on {scores.Count} conversations ({build.Count} build, {held.Count} held back) of `PartnerBot.Tests/Conversations/Corpus`; scoring rules in `bench/README.md` (\"Whole conversations\").");
        md.AppendLine("A conversation is fully right when its profile's status and every field are right and nothing was stored that the customer did not give.");
        md.AppendLine("Fields right counts every expected field and every field stored that the customer did not give. Goal: ≥ 95 % of conversations and ≥ 98 % of fields on the held-back part.");
        md.AppendLine();
        md.AppendLine("## Per part and language group");
        md.AppendLine();
        md.AppendLine("| group | part | conversations | fully right | fields right |");
        md.AppendLine("|---|---|---:|---:|---:|");
        foreach (var group in scores.Select(s => s.Conversation.Group).Distinct().Append("all"))
        {
            foreach (var (part, list) in new[] { ("build", build), ("held back", held) })
            {
                var inGroup = list.Where(s => group == "all" || s.Conversation.Group == group).ToList();
                var checks = inGroup.SelectMany(s => s.Checks).ToList();
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {group} | {part} | {inGroup.Count} | {Share(inGroup.Count(s => s.FullyRight), inGroup.Count)} | {Share(checks.Count(c => c.Right), checks.Count)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("## Per field");
        md.AppendLine();
        md.AppendLine("*right*: the expected value was stored (right/expected). *stored, not given*: share of the conversations without that field where one was stored anyway (a question kept as the vision, an order number as the budget); for *profiles*, a second profile for one conversation.");
        md.AppendLine();
        md.AppendLine("| field | right, build | right, held back | stored, not given, build | stored, not given, held back |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var field in ConversationCorpus.Fields.Append("profiles"))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {field} | {FieldShare(build, field)} | {FieldShare(held, field)} | {FalseShare(build, field)} | {FalseShare(held, field)} |");
        }

        md.AppendLine();
        md.AppendLine("## Per expected status");
        md.AppendLine();
        md.AppendLine("| status | build | held back |");
        md.AppendLine("|---|---:|---:|");
        foreach (var status in scores.Select(s => s.Conversation.Expect.Status).Distinct().Order(StringComparer.Ordinal))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {status} | {StatusShare(build, status)} | {StatusShare(held, status)} |");
        }

        return md.ToString();
    }

    private static string FieldShare(List<ConversationScore> scores, string field)
    {
        var checks = scores.SelectMany(s => s.Checks).Where(c => c.Field == field).ToList();
        return Share(checks.Count(c => c.Right), checks.Count);
    }

    private static string FalseShare(List<ConversationScore> scores, string field)
    {
        var notExpected = scores.Where(s => s.Conversation.Expect.Status != "none" && !s.Checks.Any(c => c.Field == field)).ToList();
        return field == "status" ? "–" : Share(notExpected.Count(s => s.Checks.Any(c => c.Field == "+" + field)), notExpected.Count);
    }

    private static string StatusShare(List<ConversationScore> scores, string status)
    {
        var withStatus = scores.Where(s => s.Conversation.Expect.Status == status).ToList();
        return Share(withStatus.Count(s => s.Checks.Any(c => c.Field == "status" && c.Right)), withStatus.Count);
    }

    private static string Share(int right, int of) =>
        of == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{(100.0 * right / of).ToString("0", CultureInfo.InvariantCulture)} % ({right}/{of})");
}
