using System.Globalization;
using System.Text;

namespace PartnerBot.Tests.Accessibility;

/// <summary>The axe counts per page of a test run, as a Markdown table in the file <c>PARTNERBOT_AXE_REPORT</c> names (the README's
/// table comes from it); without the variable nothing is written.</summary>
/// <remarks>A page checked again (a later run, a second state) replaces its row, so the file always shows the latest count per page.</remarks>
public static class AxeReport
{
    private const string Header = "| page | serious or critical | moderate or minor | rules (all impacts) |\n|---|---:|---:|---|";

    private static readonly Lock Gate = new();

    /// <summary>Records one page's counts when a report is wanted.</summary>
    public static void Record(string page, int serious, int other, IEnumerable<string> rules)
    {
        if (Environment.GetEnvironmentVariable("PARTNERBOT_AXE_REPORT") is not { Length: > 0 } path)
        {
            return;
        }

        var names = string.Join(", ", rules.Distinct().Order());
        var row = string.Create(CultureInfo.InvariantCulture, $"| {page} | {serious} | {other} | {(names.Length > 0 ? names : "none")} |");
        lock (Gate)
        {
            var rows = File.Exists(path)
                ? File.ReadAllLines(path).Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| page |", StringComparison.Ordinal)).ToList()
                : [];
            var index = rows.FindIndex(line => line.StartsWith($"| {page} |", StringComparison.Ordinal));
            if (index >= 0)
            {
                rows[index] = row;
            }
            else
            {
                rows.Add(row);
            }

            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"# axe-core violations per page ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)")
                .AppendLine()
                .AppendLine("WCAG 2.2 A/AA rules, headless Chromium, written by the browser tests (`PARTNERBOT_AXE_REPORT=<file>`).")
                .AppendLine()
                .AppendLine(Header.Replace("\n", Environment.NewLine, StringComparison.Ordinal));
            foreach (var line in rows)
            {
                text.AppendLine(line);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, text.ToString());
        }
    }
}
