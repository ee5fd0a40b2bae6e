using System.Diagnostics;
using System.Text.Json;

namespace PartnerBot.Bench;

/// <summary>Runs the floor and PartnerBot on each storage provider at each concurrency, and writes the results.</summary>
public static class BenchRunner
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var root = RepositoryRoot.Find();
        var botDll = Path.Combine(root, "PartnerBot", "bin", options.Configuration, "net10.0", "PartnerBot.dll");
        if (!File.Exists(botDll))
        {
            Console.Error.WriteLine($"Build PartnerBot first: dotnet build -c {options.Configuration} PartnerBot (missing {botDll}).");
            return 2;
        }

        string? baselineDll = null;
        if (options.Baseline is { } baseline)
        {
            baselineDll = File.Exists(baseline) ? Path.GetFullPath(baseline) : Path.Combine(Path.GetFullPath(baseline), "PartnerBot.dll");
            if (!File.Exists(baselineDll))
            {
                Console.Error.WriteLine($"--baseline needs a build folder with PartnerBot.dll (missing {baselineDll}).");
                return 2;
            }
        }

        var report = new BenchReport { Machine = MachineDescription(), StartedAt = DateTimeOffset.UtcNow, Baseline = baselineDll };
        Console.WriteLine($"PartnerBot benchmark on {report.Machine}");

        await using (var floor = await ServerProcess.StartAsync(typeof(BenchRunner).Assembly.Location, new Dictionary<string, string>(), ["floor", "--port", "{port}"]))
        {
            var generator = new LoadGenerator(floor.BaseAddress, checkReplies: false);
            foreach (var concurrency in options.Concurrency)
            {
                await generator.RunAsync(concurrency, Math.Min(concurrency, 16));
                var result = await generator.RunAsync(concurrency, Math.Max(options.Conversations, concurrency));
                report.Floor.Add(BenchRow.From("floor", concurrency, result, TimeSpan.Zero, 0));
                Console.WriteLine($"  floor C={concurrency}: {result.TurnsPerSecond:F0} req/s, p50 {result.Percentile(50):F2} ms");
            }
        }

        foreach (var provider in options.Providers)
        {
            // The older build first, then the current one, on the same floor and with the same load.
            if (baselineDll is not null)
            {
                await RunBuildAsync(provider, BenchReport.BaselineLabel(provider), baselineDll, options, report, extras: false);
            }

            await RunBuildAsync(provider, provider, botDll, options, report, extras: true);
        }

        Directory.CreateDirectory(Path.Combine(root, options.OutputDirectory));
        var json = Path.Combine(root, options.OutputDirectory, "latest.json");
        var markdown = Path.Combine(root, options.OutputDirectory, "latest.md");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, Indented));
        var table = report.ToMarkdown();
        await File.WriteAllTextAsync(markdown, table);
        Console.WriteLine();
        Console.WriteLine(table);
        return report.Runs.Any(r => r.Errors > 0) || report.Soak.Any(p => p.Errors > 0) || report.WebsitePath.Any(r => r.Errors > 0) ? 1 : 0;
    }

    /// <summary>One build (<paramref name="dll"/>) on one provider: cold start, warm-up and the concurrency levels; the website path and
    /// the soak with <paramref name="extras"/>. Rows are labelled <paramref name="label"/>.</summary>
    private static async Task RunBuildAsync(string provider, string label, string dll, BenchOptions options, BenchReport report, bool extras)
    {
        var data = Directory.CreateTempSubdirectory("partnerbot-bench-");
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = provider,
            ["ConnectionStrings__PartnerBot"] = provider == "Postgres" ? options.Postgres! : $"Data Source={Path.Combine(data.FullName, "partnerbot.db")}",
            ["Owner__ApiKey"] = "bench-" + Guid.NewGuid().ToString("N"),
            // Every website customer of the benchmark comes from 127.0.0.1: lift the per-IP limit, keep the per-conversation one.
            ["WebChat__RequestsPerIpPerMinute"] = "100000",
            // The load generator speaks to /api/messages as a local harness (loopback service URL, no channel token).
            ["Bot__AllowUnauthenticatedMessages"] = "true",
            ["RateLimits__RequestsPerAddressPerMinute"] = "1000000",
            ["RateLimits__MessagesPerAddressPerMinute"] = "1000000",
            ["RateLimits__ConversationsPerAddressPerHour"] = "100000",
        };

        var processStart = Stopwatch.StartNew();
        await using var server = await ServerProcess.StartAsync(dll, environment);
        var generator = new LoadGenerator(server.BaseAddress, checkReplies: true);
        var first = await generator.RunAsync(1, 1);
        report.ColdStarts.Add(new ColdStart(label, server.Startup.TotalMilliseconds, first.LatenciesMs.FirstOrDefault(), first.Errors));
        Console.WriteLine($"  {label}: ready after {server.Startup.TotalMilliseconds:F0} ms, first reply {first.LatenciesMs.FirstOrDefault():F1} ms");

        if (options.Warmup > 0)
        {
            var warmup = await generator.RunAsync(16, options.Warmup);
            Console.WriteLine($"  {label}: warm-up of {options.Warmup} conversations, {warmup.TurnsPerSecond:F0} turns/s, errors {warmup.Errors}");
        }

        foreach (var concurrency in options.Concurrency)
        {
            await generator.RunAsync(concurrency, Math.Min(concurrency, 16));
            var cpuBefore = server.CpuTime;
            var result = await generator.RunAsync(concurrency, Math.Max(options.Conversations, concurrency));
            var row = BenchRow.From(label, concurrency, result, server.CpuTime - cpuBefore, server.PeakRss);
            report.Runs.Add(row);
            Console.WriteLine($"  {label} C={concurrency}: {row.TurnsPerSecond:F0} turns/s, p50 {row.P50:F1} ms, p99 {row.P99:F1} ms, errors {row.Errors}, peak RSS {row.PeakRssMb:F0} MB");
        }

        if (extras && options.WebsiteConversations > 0)
        {
            await WebsitePathAsync(provider, server, options.WebsiteConversations, report);
        }

        if (extras && options.Soak > 0 && options.SoakProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            await SoakAsync(provider, server, generator, options.Soak, report);
        }

        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The website path at C = 1 and 16: <paramref name="conversations"/> interviews each through the local Direct Line
    /// and its WebSocket, after 256 conversations of warm-up (the channel's code has not run before).</summary>
    private static async Task WebsitePathAsync(string provider, ServerProcess server, int conversations, BenchReport report)
    {
        var website = new WebsitePathGenerator(server.BaseAddress);
        var warmup = await website.RunAsync(16, 256);
        Console.WriteLine($"  {provider} website: warm-up of 256 conversations, {warmup.TurnsPerSecond:F0} turns/s, errors {warmup.Errors}");
        foreach (var concurrency in new[] { 1, 16 })
        {
            var cpuBefore = server.CpuTime;
            var result = await website.RunAsync(concurrency, Math.Max(conversations, concurrency));
            var row = BenchRow.From(provider, concurrency, result, server.CpuTime - cpuBefore, server.PeakRss);
            report.WebsitePath.Add(row);
            Console.WriteLine($"  {provider} website C={concurrency}: {row.TurnsPerSecond:F0} turns/s, p50 {row.P50:F1} ms, p99 {row.P99:F1} ms, errors {row.Errors}");
        }
    }

    /// <summary>Runs <paramref name="conversations"/> more conversations at C = 16 in steps of 2,500 and samples the server's RSS after each.</summary>
    private static async Task SoakAsync(string provider, ServerProcess server, LoadGenerator generator, int conversations, BenchReport report)
    {
        const int step = 2_500;
        for (var done = 0; done < conversations;)
        {
            var batch = Math.Min(step, conversations - done);
            var result = await generator.RunAsync(16, batch);
            done += batch;
            var point = new SoakPoint(provider, done, server.Rss / (1024.0 * 1024), server.PeakRss / (1024.0 * 1024), result.Errors, result.TurnsPerSecond);
            report.Soak.Add(point);
            Console.WriteLine($"  {provider} soak: {done} conversations, RSS {point.RssMb:F0} MB (peak {point.PeakRssMb:F0}), {point.TurnsPerSecond:F0} turns/s, errors {point.Errors}");
        }
    }

    private static string MachineDescription()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:F0} GiB, {Environment.OSVersion}, .NET {Environment.Version}";
    }
}
