using System.Globalization;

namespace PartnerBot.Bench;

/// <summary>Puts the interview load on a PartnerBot that runs already, for profiling it: no floor, no servers started.
/// <c>--path website</c> goes through the local Direct Line and its WebSocket instead of <c>/api/messages</c>.</summary>
public static class LoadOnly
{
    public static async Task<int> RunAsync(string[] args)
    {
        Uri? url = null;
        var concurrency = 16;
        var conversations = 512;
        var website = false;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = new Uri(args[i + 1].TrimEnd('/') + "/"); break;
                case "--concurrency": concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--conversations": conversations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--path": website = args[i + 1] == "website"; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (url is null)
        {
            Console.Error.WriteLine("load needs --url <the running bot's base address>.");
            return 2;
        }

        var result = website
            ? await new WebsitePathGenerator(url).RunAsync(concurrency, Math.Max(conversations, concurrency))
            : await new LoadGenerator(url, checkReplies: true).RunAsync(concurrency, Math.Max(conversations, concurrency));
        Console.WriteLine($"C={concurrency}: {result.TurnsPerSecond:F0} turns/s, p50 {result.Percentile(50):F1} ms, p99 {result.Percentile(99):F1} ms, errors {result.Errors}, completed {result.Completed}");
        return result.Errors > 0 ? 1 : 0;
    }
}
