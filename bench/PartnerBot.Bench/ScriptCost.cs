using System.Diagnostics;
using System.Globalization;
using PartnerBot.Bench.Micro;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench;

/// <summary>The <c>script-cost</c> mode: what understanding each customer line of the load's interview costs (median of many
/// reads, in µs), with the question on screen as the interview asks it, so a profile's share of understanding can be traced to lines.</summary>
public static class ScriptCost
{
    // The question on screen before each line of InterviewScript (join and consent first, then the questions, the summary).
    private static readonly string?[] OnScreen = [null, SlotNames.Consent, SlotNames.Name, SlotNames.Wish, SlotNames.Vision, SlotNames.Timeframe, SlotNames.Budget, SlotNames.Contact, SlotNames.Contact, "summary", "summary"];

    public static async Task<int> RunAsync(string[] args)
    {
        await using var services = BenchServices.Create(StorageProvider.Memory);
        var understanding = services.Services.GetRequiredService<ITextUnderstanding>();
        var now = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        // One pass first, not counted: the JIT reaches its optimized tier only after some thousand reads of each recognizer.
        Measure(understanding, now, args, print: false);
        Measure(understanding, now, args, print: true);
        return 0;
    }

    private static void Measure(ITextUnderstanding understanding, DateTimeOffset now, string[] args, bool print)
    {
        var total = 0.0;
        foreach (var (locale, script) in new[] { ("de-DE", InterviewScript.German), ("en-US", InterviewScript.English) })
        {
            for (var i = 0; i < script.Count; i++)
            {
                if (script[i].Text is not { } text || (args.Length > 0 && !text.Contains(args[0], StringComparison.Ordinal)))
                {
                    continue;
                }

                var times = new List<double>();
                for (var round = 0; round < (args.Length > 0 ? 300 : 15); round++)
                {
                    var clock = Stopwatch.StartNew();
                    for (var n = 0; n < 200; n++)
                    {
                        understanding.Understand(text, locale, OnScreen[i], now);
                    }

                    times.Add(clock.Elapsed.TotalMicroseconds / 200);
                }

                times.Sort();
                total += times[times.Count / 2];
                if (print)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{locale} {OnScreen[i] ?? "-",-10} {times[times.Count / 2],9:F1} µs  {text}"));
                }
            }
        }

        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sum of medians over both interviews: {total:F0} µs"));
        }
    }
}
