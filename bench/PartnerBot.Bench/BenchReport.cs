using System.Globalization;
using System.Text;

namespace PartnerBot.Bench;

/// <summary>One benchmark run: the machine, the floor, the cold starts and one row per provider and concurrency.</summary>
public sealed class BenchReport
{
    public string Machine { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public List<BenchRow> Floor { get; } = [];
    public List<BenchRow> Runs { get; } = [];
    public List<ColdStart> ColdStarts { get; } = [];
    public List<SoakPoint> Soak { get; } = [];

    /// <summary>The website path: local Direct Line, from the POST of a customer's message to the reply on the WebSocket.</summary>
    public List<BenchRow> WebsitePath { get; } = [];

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Machine: {Machine}; run {StartedAt:yyyy-MM-dd HH:mm} UTC. Full interview (11 turns) per customer over HTTP with expectReplies.");
        text.AppendLine();
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
