using PartnerBot.Bench.Micro;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench.Corpus;

/// <summary>The <c>corpus</c> mode: today's <see cref="ITextUnderstanding"/> over every corpus case, scored, to stdout and bench/results/corpus.md.</summary>
public static class CorpusCommand
{
    /// <summary>Scores the corpus; <c>--misses</c> also lists the build cases not fully right (never the held-back ones, so rules are not fitted to them);
    /// <c>--build-only</c> scores the build part alone and writes no results file, for whoever works on the rules.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = RepositoryRoot.Find();
        var buildOnly = args.Contains("--build-only");
        var cases = CorpusReader.Read(CorpusReader.Folder(root)).Where(c => !buildOnly || !c.HeldBack).ToList();
        await using var services = BenchServices.Create(StorageProvider.Memory);
        var understanding = services.Services.GetRequiredService<ITextUnderstanding>();
        var scores = cases.Select(c => CorpusScorer.Score(c, understanding.Understand(c.Text, c.Locale, CorpusScorer.ExpectedSlot(c.OnScreen), Now(c)))).ToList();

        var report = CorpusReport.ToMarkdown(scores, DateOnly.FromDateTime(DateTime.Now));
        var path = Path.Combine(root, "bench", "results", "corpus.md");
        if (!buildOnly)
        {
            await File.WriteAllTextAsync(path, report);
        }

        Console.WriteLine(report);
        if (args.Contains("--misses"))
        {
            foreach (var miss in scores.Where(s => !s.Case.HeldBack && !s.FullyRight))
            {
                var wrong = miss.Checks.Where(c => !c.Right).Select(c => c.Field).Concat(miss.FalseFinds.Select(f => "+" + f));
                Console.WriteLine($"{miss.Case.Id} [{miss.Case.Expect.Kind} read as {miss.ReadAs}; {string.Join(", ", wrong)}] {miss.Case.Text}");
            }
        }

        Console.WriteLine(buildOnly ? "Build part only; no results file written" : $"Wrote {Path.GetRelativePath(root, path)}");
        return 0;
    }

    // The customer's "today" at ten in the morning, Central European Time, as the unit tests' clock.
    private static DateTimeOffset Now(CorpusCase c) => new(c.Now.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));
}
