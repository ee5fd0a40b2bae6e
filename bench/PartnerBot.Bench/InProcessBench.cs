using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Interview;
using PartnerBot.Privacy;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench;

/// <summary>The cost of one turn inside the process, split: understanding alone, then whole turns on memory and on SQLite storage.</summary>
public static class InProcessBench
{
    public static async Task RunAsync(int conversations)
    {
        var understanding = Build("Memory", null).GetRequiredService<ITextUnderstanding>();
        var texts = InterviewScript.German.Concat(InterviewScript.English).Where(t => t.Text is not null).Select(t => t.Text!).ToList();
        var now = DateTimeOffset.UtcNow;
        foreach (var text in texts)
        {
            understanding.Understand(text, "de-DE", null, now);
        }

        var understand = new List<double>();
        for (var round = 0; round < 200; round++)
        {
            foreach (var text in texts)
            {
                var started = Stopwatch.GetTimestamp();
                understanding.Understand(text, text.Any(c => c is 'ä' or 'ü' or 'ö' or '€') ? "de-DE" : "en-US", null, now);
                understand.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        Console.WriteLine($"understanding: median {Median(understand):F3} ms per message ({understand.Count} messages)");
        foreach (var text in texts)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < 50; i++)
            {
                understanding.Understand(text, "de-DE", null, now);
            }

            Console.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalMilliseconds / 50:F3} ms  {text}");
        }

        var database = Path.Combine(Directory.CreateTempSubdirectory("partnerbot-inprocess-").FullName, "bench.db");
        foreach (var (provider, connection) in new[] { ("Memory", (string?)null), ("Sqlite", $"Data Source={database}") })
        {
            var services = Build(provider, connection);
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }

            await services.GetRequiredService<Readiness>().WhenReady;
            var bot = services.GetRequiredService<IBot>();
            var turns = new List<double>();
            for (var c = 0; c < conversations; c++)
            {
                var adapter = new TestAdapter(TestAdapter.CreateConversation($"inproc-{provider}-{c}", $"user-{c}", "partnerbot")) { Locale = "de-DE" };
                foreach (var middleware in services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
                {
                    adapter.Use(middleware);
                }

                foreach (var turn in InterviewScript.German)
                {
                    var activity = adapter.MakeActivity(turn.Text);
                    if (turn.Text is null)
                    {
                        activity.Type = ActivityTypes.ConversationUpdate;
                        activity.MembersAdded = [new ChannelAccount($"user-{c}")];
                    }

                    var started = Stopwatch.GetTimestamp();
                    await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
                    turns.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    while (adapter.GetNextReply() is not null)
                    {
                    }
                }
            }

            Console.WriteLine($"whole turn on {provider}: median {Median(turns.Skip(turns.Count / 4).ToList()):F3} ms ({turns.Count} turns)");
            await services.DisposeAsync();
        }
    }

    private static ServiceProvider Build(string provider, string? connection)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider };
        if (connection is not null)
        {
            settings["ConnectionStrings:PartnerBot"] = connection;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddPartnerBotHosting();
        services.AddPartnerBotStorage();
        services.AddPartnerBotUnderstanding();
        services.AddPartnerBotInterview();
        services.AddPartnerBotBot();
        services.AddPartnerBotPrivacy();
        return services.BuildServiceProvider();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
