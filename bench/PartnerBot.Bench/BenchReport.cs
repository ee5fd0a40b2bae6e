using System.Globalization;
using System.Text;

namespace PartnerBot.Bench;

/// <summary>One benchmark run: the machine, the floor, the cold starts and one row per provider and concurrency.</summary>
public sealed class BenchReport
{
    public string Machine { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The older build benchmarked back to back with the current one (<c>--baseline</c>), or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>How the rows of the baseline build are labelled.</summary>
    public static string BaselineLabel(string provider) => provider + " (baseline)";
    public List<BenchRow> Floor { get; } = [];
    public List<BenchRow> Runs { get; } = [];
    public List<ColdStart> ColdStarts { get; } = [];
    public List<SoakPoint> Soak { get; } = [];

    /// <summary>The website path: local Direct Line, from the POST of a customer's message to the reply on the WebSocket.</summary>
    public List<BenchRow> WebsitePath { get; } = [];

    /// <summary>With a baseline: per provider, turns/s at C = 16 and p99 at C = 64 of both builds and current ÷ baseline.</summary>
    private void AppendComparison(StringBuilder text, CultureInfo c)
    {
        if (Baseline is null)
        {
            return;
        }

        text.AppendLine(c, $"Baseline: {Baseline}, run back to back with the current build (same floor, same load).");
        text.AppendLine();
        text.AppendLine("| store | turns/s C=16 baseline | turns/s C=16 current | ratio | p99 ms C=64 baseline | p99 ms C=64 current | ratio |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var store in Runs.Select(r => r.Store).Where(s => !s.EndsWith(" (baseline)", StringComparison.Ordinal)).Distinct())
        {
            var (old16, new16) = (Row(BaselineLabel(store), 16), Row(store, 16));
            var (old64, new64) = (Row(BaselineLabel(store), 64), Row(store, 64));
            text.AppendLine(c, $"| {store} | {old16?.TurnsPerSecond:F0} | {new16?.TurnsPerSecond:F0} | {Ratio(new16?.TurnsPerSecond, old16?.TurnsPerSecond)} | {old64?.P99:F1} | {new64?.P99:F1} | {Ratio(new64?.P99, old64?.P99)} |");
        }

        text.AppendLine();

        BenchRow? Row(string store, int concurrency) => Runs.FirstOrDefault(r => r.Store == store && r.Concurrency == concurrency);
        string Ratio(double? current, double? baseline) => current is { } now && baseline is > 0 ? (now / baseline.Value).ToString("F2", c) : "–";
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Machine: {Machine}; run {StartedAt:yyyy-MM-dd HH:mm} UTC. Full interview (11 turns) per customer over HTTP with expectReplies.");
        text.AppendLine();
        AppendComparison(text, c);
        text.AppendLine("| store | C | turns/s | vs floor | p50 ms | p95 ms | p99 ms | max ms | errors | completed | CPU ms/turn | peak RSS MB |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in Floor.Concat(Runs))
        {
            var floor = Floor.FirstOrDefault(f => f.Concurrency == row.Concurrency);
            var ratio = floor is null || floor.TurnsPerSecond == 0 ? "" : (row.TurnsPerSecond / floor.TurnsPerSecond).ToString("P1", c);
            text.AppendLine(c, $"| {row.Store} | {row.Concurrency} | {row.TurnsPerSecond:F0} | {ratio} | {row.P50:F1} | {row.P95:F1} | {row.P99:F1} | {row.Max:F1} | {row.Errors} | {row.Completed} | {row.CpuMsPerTurn:F2} | {row.PeakRssMb:F0} |");
        }

        text.AppendLine();
        text.AppendLine("| store | process start → /healthz ready (ms) | first reply (ms) |");
        text.AppendLine("|---|---|---|");
        foreach (var cold in ColdStarts)
        {
            text.AppendLine(c, $"| {cold.Store} | {cold.ReadyMs:F0} | {cold.FirstReplyMs:F1} |");
        }

        if (WebsitePath.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("### Website path (Direct Line, POST → reply on the WebSocket)");
            text.AppendLine();
            text.AppendLine("The same interview as the page runs it: a token, a conversation, its WebSocket, each message POSTed to `/v3/directline/conversations/{id}/activities`.");
            text.AppendLine("A turn's latency runs from just before the POST to the bot's first message answering it (`replyToId` = the POSTed id) arriving on the socket. Target: p50 ≤ 20 ms at C = 16.");
            text.AppendLine("CPU ms/turn is the server's, per measured turn, with the token, the conversation start and the socket of each conversation included.");
            text.AppendLine();
            text.AppendLine("| store | C | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | completed | CPU ms/turn |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var row in WebsitePath)
            {
                text.AppendLine(c, $"| {row.Store} | {row.Concurrency} | {row.TurnsPerSecond:F0} | {row.P50:F1} | {row.P95:F1} | {row.P99:F1} | {row.Max:F1} | {row.Errors} | {row.Completed} | {row.CpuMsPerTurn:F2} |");
            }
        }

        if (Soak.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| store | conversations after the levels (C = 16) | RSS MB | peak RSS MB | turns/s | errors |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var point in Soak)
            {
                text.AppendLine(c, $"| {point.Store} | {point.Conversations} | {point.RssMb:F0} | {point.PeakRssMb:F0} | {point.TurnsPerSecond:F0} | {point.Errors} |");
            }
        }

        return text.ToString();
    }
}

/// <summary>One provider at one concurrency.</summary>
public sealed record BenchRow(string Store, int Concurrency, int Turns, double TurnsPerSecond, double P50, double P95, double P99, double Max, int Errors, int Completed, double CpuMsPerTurn, double PeakRssMb)
{
    public static BenchRow From(string store, int concurrency, LoadResult result, TimeSpan cpu, long peakRss) => new(
        store, concurrency, result.Turns, result.TurnsPerSecond, result.Percentile(50), result.Percentile(95), result.Percentile(99), result.Percentile(100),
        result.Errors, result.Completed, result.Turns == 0 ? 0 : cpu.TotalMilliseconds / result.Turns, peakRss / (1024.0 * 1024));
}

/// <summary>How long a fresh process takes to be ready, and its first reply.</summary>
public sealed record ColdStart(string Store, double ReadyMs, double FirstReplyMs, int Errors);

/// <summary>The server's memory after so many conversations of the soak run.</summary>
public sealed record SoakPoint(string Store, int Conversations, double RssMb, double PeakRssMb, int Errors, double TurnsPerSecond);
