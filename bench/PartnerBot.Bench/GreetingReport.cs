using System.Globalization;
using System.Text;

namespace PartnerBot.Bench;

/// <summary>The greeting bench's report (bench/results/greeting*.md).</summary>
internal static class GreetingReport
{
    /// <summary>The Markdown report: percentiles over the opens and how they were made.</summary>
    public static string Render(List<double> times, string configuration, GreetingPress press, bool returning)
    {
        var sorted = times.Order().ToList();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Time to greeting ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"From the click on the embed's chat button to the first bot message shown, in the page (performance.now), {sorted.Count} opens,");
        var visitor = returning
            ? "each in a new tab of one Chromium profile (a returning visitor: HTTP cache and code cache filled by the earlier opens)"
            : "each in a fresh Chromium context (a first visit: empty cache)";
        text.AppendLine(CultureInfo.InvariantCulture, $"{visitor}, PartnerBot {configuration} on loopback, Memory storage{press.Described}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}{LoadAverage()}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/PartnerBot.Bench -- greeting --opens {sorted.Count}{(configuration == "Release" ? "" : $" --configuration {configuration}")}{press.Option}{(returning ? " --returning" : "")}`");
        text.AppendLine();
        text.AppendLine("| p50 | p95 | min | max | mean |");
        text.AppendLine("|---:|---:|---:|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {Percentile(0.5):F0} ms | {Percentile(0.95):F0} ms | {sorted[0]:F0} ms | {sorted[^1]:F0} ms | {sorted.Average():F0} ms |");
        return text.ToString();
    }

    // How busy the machine was (Linux): on 2 shared cores the wall clock mostly measures the other processes.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? ", load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " at the end" : "";
}
