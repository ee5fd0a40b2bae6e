using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace PartnerBot.Bench.Micro;

/// <summary>The <c>micro</c> mode: the BenchmarkDotNet benchmarks of this folder through <see cref="BenchmarkSwitcher"/>, then bench/results/micro.md.</summary>
public static class MicroCommand
{
    private static readonly string[] SelectingOptions = ["--filter", "-f", "--list", "--info", "--help", "-h", "-?", "--version"];

    /// <summary>Runs the benchmarks <paramref name="args"/> select (BenchmarkDotNet's own options; all of them without a filter).</summary>
    public static int Run(string[] args)
    {
        var root = RepositoryRoot.Find();
        var results = Path.Combine(root, "bench", "results");
        // Without a filter BenchmarkDotNet asks on the console which benchmarks to run; a script wants all of them.
        if (!args.Any(a => SelectingOptions.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            args = [.. args, "--filter", "*"];
        }

        IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(results, "micro"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(args, config).ToList();
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        if (reports.Count == 0)
        {
            return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
        }

        var table = Path.Combine(results, "micro.md");
        File.WriteAllText(table, MicroReport.ToMarkdown(summaries, args));
        Console.WriteLine($"Wrote {Path.GetRelativePath(root, table)}");
        return summaries.Any(s => s.HasCriticalValidationErrors) || reports.Any(r => !r.Success) ? 1 : 0;
    }
}
