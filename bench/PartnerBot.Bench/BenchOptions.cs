using System.Globalization;

namespace PartnerBot.Bench;

/// <summary>What to measure: storage providers, concurrency levels, how many conversations per level.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<string> Providers { get; init; } = ["Memory", "Sqlite"];
    public IReadOnlyList<int> Concurrency { get; init; } = [1, 16, 64, 256];

    /// <summary>Conversations per concurrency level (at least the concurrency itself).</summary>
    public int Conversations { get; init; } = 256;

    /// <summary>Conversations (at C = 16) run before the measured levels, so the JIT has reached its optimized tier.</summary>
    public int Warmup { get; init; } = 2_000;

    /// <summary>Conversations run after the levels while the server's RSS is sampled (0 = none), on <see cref="SoakProviders"/>.</summary>
    public int Soak { get; init; } = 15_000;

    public IReadOnlyList<string> SoakProviders { get; init; } = ["Sqlite"];

    /// <summary>Conversations per website-path level (C = 1 and 16, local Direct Line with its WebSocket); 0 = skip it.</summary>
    public int WebsiteConversations { get; init; } = 128;

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("PARTNERBOT_TEST_POSTGRES");
    public string OutputDirectory { get; init; } = Path.Combine("bench", "results");
    public string Configuration { get; init; } = "Release";

    /// <summary>An older build's folder (holding PartnerBot.dll), benchmarked back to back with the current build on every provider (<c>--baseline</c>).</summary>
    public string? Baseline { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--providers" => options with { Providers = value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--concurrency" => options with { Concurrency = value.Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToList() },
                "--conversations" => options with { Conversations = int.Parse(value, CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = value },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--soak" => options with { Soak = int.Parse(value, CultureInfo.InvariantCulture) },
                "--website-conversations" => options with { WebsiteConversations = int.Parse(value, CultureInfo.InvariantCulture) },
                "--soak-providers" => options with { SoakProviders = value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--out" => options with { OutputDirectory = value },
                "--baseline" => options with { Baseline = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Providers.Contains("Postgres") && string.IsNullOrEmpty(options.Postgres))
        {
            throw new ArgumentException("Postgres needs --postgres <connection string> or PARTNERBOT_TEST_POSTGRES.");
        }

        return options;
    }

    public static int Port(string[] args)
    {
        var index = Array.IndexOf(args, "--port");
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 5099;
    }
}
