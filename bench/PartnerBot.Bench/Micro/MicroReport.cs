using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Reports;
using PartnerBot.Storage;

namespace PartnerBot.Bench.Micro;

/// <summary>BenchmarkDotNet's summaries as one small table (benchmark, mean with its error, median, allocated) that the README can quote.</summary>
public static class MicroReport
{
    /// <summary>The table of every report in <paramref name="summaries"/>, with the machine, the job and how a turn on SQLite splits.</summary>
    public static string ToMarkdown(IReadOnlyList<Summary> summaries, IReadOnlyList<string> args)
    {
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        var jobs = string.Join(", ", reports.Select(r => r.BenchmarkCase.Job.DisplayInfo).Distinct());
        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"BenchmarkDotNet {jobs}, `micro {string.Join(' ', args)}`. Turns are per turn (the mean over an interview of {TurnBenchmarks.TurnsPerInterview} turns); error: half the 99.9 % confidence interval.");
        markdown.AppendLine();
        markdown.AppendLine("| benchmark | mean | ± error | median | allocated |");
        markdown.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var report in reports.OrderBy(Name, StringComparer.Ordinal))
        {
            var statistics = report.ResultStatistics;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {Name(report)} | {Time(statistics?.Mean)} | {Time(statistics?.ConfidenceInterval.Margin)} | {Time(statistics?.Median)} | {Bytes(allocated)} |");
        }

        var split = StorageSplit(reports);
        if (split.Length > 0)
        {
            markdown.AppendLine();
            markdown.AppendLine(CultureInfo.InvariantCulture, $"Storage per turn (turn on SQLite − turn on memory, means; the errors added in quadrature): {split}.");
        }

        return markdown.ToString();
    }

    private static string Name(BenchmarkReport report)
    {
        var descriptor = report.BenchmarkCase.Descriptor;
        var parameters = string.Join(", ", report.BenchmarkCase.Parameters.Items.Select(p => p.Value?.ToString()));
        return $"{descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)}.{descriptor.WorkloadMethod.Name}({parameters})";
    }

    private static string StorageSplit(List<BenchmarkReport> reports)
    {
        var turns = reports
            .Where(r => r.BenchmarkCase.Descriptor.Type == typeof(TurnBenchmarks) && r.ResultStatistics is not null)
            .Select(r => (
                Storage: (StorageProvider?)r.BenchmarkCase.Parameters[nameof(TurnBenchmarks.Storage)],
                Locale: (string?)r.BenchmarkCase.Parameters[nameof(TurnBenchmarks.Locale)],
                Mean: r.ResultStatistics!.Mean,
                Margin: r.ResultStatistics.ConfidenceInterval.Margin))
            .ToList();
        var parts = turns
            .Where(t => t.Storage == StorageProvider.Sqlite)
            .SelectMany(sqlite => turns
                .Where(memory => memory.Storage == StorageProvider.Memory && memory.Locale == sqlite.Locale)
                .Select(memory => $"{sqlite.Locale} {Time(sqlite.Mean - memory.Mean)} ± {Time(Math.Sqrt((sqlite.Margin * sqlite.Margin) + (memory.Margin * memory.Margin)))}"));
        return string.Join(", ", parts);
    }

    private static string Time(double? nanoseconds) => nanoseconds switch
    {
        null or double.NaN => "–",
        { } ns when Math.Abs(ns) < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{ns:F1} ns"),
        { } ns when Math.Abs(ns) < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1_000:F1} µs"),
        { } ns => string.Create(CultureInfo.InvariantCulture, $"{ns / 1_000_000:F2} ms"),
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "–",
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
    };
}
