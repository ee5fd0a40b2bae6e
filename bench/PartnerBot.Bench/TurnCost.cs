using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using PartnerBot.Bench.Micro;
using PartnerBot.Bots;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench;

/// <summary>The <c>turn-cost</c> mode: whole interviews of the load's script through the app's container and the SDK's
/// <see cref="TestAdapter"/> (as the micro <c>Turn</c> benchmark runs them), timed per line of the script, with how often and how
/// long the understanding was asked per line. <c>turn-cost [Memory|Sqlite] [interviews]</c>.</summary>
public static class TurnCost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 ? Enum.Parse<StorageProvider>(args[0], ignoreCase: true) : StorageProvider.Sqlite;
        var interviews = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
        var counting = new CountingUnderstanding();
        await using var services = BenchServices.Create(provider, s =>
        {
            var inner = s.Last(d => d.ServiceType == typeof(ITextUnderstanding));
            s.Add(ServiceDescriptor.Singleton<ITextUnderstanding>(sp =>
            {
                counting.Inner = (ITextUnderstanding)inner.ImplementationFactory!(sp);
                return counting;
            }));
        });
        await services.StartAsync(CancellationToken.None);
        var bot = services.Services.GetRequiredService<IBot>();
        var middleware = services.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>().ToArray();
        var errors = services.Services.GetRequiredService<TurnErrorHandler>();
        var customers = 0;

        foreach (var print in new[] { false, true })
        {
            var scripts = new[] { ("de-DE", InterviewScript.German), ("en-US", InterviewScript.English) };
            var times = scripts.Select(s => s.Item2.Select(_ => new List<double>()).ToArray()).ToArray();
            var calls = scripts.Select(s => new long[s.Item2.Count]).ToArray();
            var understandingTicks = scripts.Select(s => new long[s.Item2.Count]).ToArray();
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var n = 0; n < interviews; n++)
            {
                var which = n % 2;
                var (locale, script) = scripts[which];
                customers++;
                var adapter = new TestAdapter(TestAdapter.CreateConversation($"cost-{customers}", $"customer-{customers}", "partnerbot")) { Locale = locale };
                adapter.OnTurnError = errors.HandleAsync;
                foreach (var m in middleware)
                {
                    adapter.Use(m);
                }

                for (var i = 0; i < script.Count; i++)
                {
                    var activity = adapter.MakeActivity(script[i].Text);
                    if (script[i].Text is null)
                    {
                        activity.Type = ActivityTypes.ConversationUpdate;
                        activity.MembersAdded = [new ChannelAccount(adapter.Conversation.User.Id)];
                    }

                    (counting.Calls, counting.Ticks) = (0, 0);
                    var start = Stopwatch.GetTimestamp();
                    await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
                    times[which][i].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                    calls[which][i] += counting.Calls;
                    understandingTicks[which][i] += counting.Ticks;
                    while (adapter.GetNextReply() is not null)
                    {
                    }
                }
            }

            var elapsed = clock.Elapsed;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (!print)
            {
                continue;
            }

            var turns = 0;
            for (var w = 0; w < scripts.Length; w++)
            {
                var (locale, script) = scripts[w];
                for (var i = 0; i < script.Count; i++)
                {
                    var samples = times[w][i];
                    samples.Sort();
                    turns += samples.Count;
                    var asked = (double)calls[w][i] / samples.Count;
                    var understood = Stopwatch.GetElapsedTime(0, understandingTicks[w][i]).TotalMicroseconds / samples.Count;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{locale} median {samples[samples.Count / 2],8:F1} µs  understanding {asked:F1}× {understood,7:F1} µs  {script[i].Text ?? "(join)"}"));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {turns} turns, {elapsed.TotalMicroseconds / turns:F0} µs wall and {cpuUsed.TotalMicroseconds / turns:F0} µs CPU per turn"));
        }

        return 0;
    }

    private sealed class CountingUnderstanding : ITextUnderstanding
    {
        public ITextUnderstanding Inner { get; set; } = null!;

        public long Calls { get; set; }

        public long Ticks { get; set; }

        public Understood Understand(string text, string locale, string? expectedSlot, DateTimeOffset now)
        {
            var start = Stopwatch.GetTimestamp();
            var understood = Inner.Understand(text, locale, expectedSlot, now);
            Ticks += Stopwatch.GetTimestamp() - start;
            Calls++;
            return understood;
        }
    }
}
