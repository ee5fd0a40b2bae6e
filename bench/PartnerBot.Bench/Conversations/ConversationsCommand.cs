using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Bench.Micro;
using PartnerBot.Storage;
using PartnerBot.Tests.Conversations.Scoring;

namespace PartnerBot.Bench.Conversations;

/// <summary>The <c>conversations</c> mode: every conversation of PartnerBot.Tests/Conversations/Corpus played through today's bot
/// (the app's services on memory storage, the SDK's TestAdapter), scored, to stdout and bench/results/conversations.md.</summary>
public static class ConversationsCommand
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Scores the corpus; <c>--misses</c> also prints each build conversation not fully right with what was wrong and the
    /// transcript (never a held-back one, so the bot is not tuned to them); <c>--build-only</c> plays the build part alone and writes
    /// no results file; <c>--only &lt;regex&gt;</c> plays the build conversations whose id matches.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = RepositoryRoot.Find();
        var buildOnly = args.Contains("--build-only");
        // --only <regex>: just the build conversations whose id matches, for a quick look at a few (implies --build-only).
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() is { } pattern ? new System.Text.RegularExpressions.Regex(pattern) : null;
        buildOnly |= only is not null;
        var conversations = ConversationFiles.Read(ConversationCorpus.Folder(root))
            .Where(c => (!buildOnly || !c.HeldBack) && (only is null || only.IsMatch(c.Id))).ToList();
        await using var services = BenchServices.Create(StorageProvider.Memory, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(ConversationCorpus.Today)));
        var driver = new ConversationDriver(services.Services);
        var scores = new List<ConversationScore>();
        var misses = new List<(ConversationScore Score, ConversationOutcome Outcome)>();
        foreach (var conversation in conversations)
        {
            var outcome = await driver.PlayAsync(conversation, CancellationToken.None);
            var score = ConversationScorer.Score(conversation, outcome);
            scores.Add(score);
            if (!conversation.HeldBack && !score.FullyRight)
            {
                misses.Add((score, outcome));
            }
        }

        var report = ConversationsReport.ToMarkdown(scores, DateOnly.FromDateTime(DateTime.Now));
        var path = Path.Combine(root, "bench", "results", "conversations.md");
        if (!buildOnly)
        {
            await File.WriteAllTextAsync(path, report);
        }

        Console.WriteLine(report);
        if (args.Contains("--misses"))
        {
            foreach (var (score, outcome) in misses)
            {
                Console.WriteLine($"## {score.Conversation.Id} ({score.Conversation.Locale}): wrong {string.Join(", ", score.Wrong)}");
                foreach (var (line, replies) in outcome.Turns)
                {
                    Console.WriteLine(line is null ? "   (joins)" : $"   > {line}");
                    foreach (var reply in replies)
                    {
                        Console.WriteLine($"     {reply.ReplaceLineEndings(" / ")}");
                    }
                }

                var profile = outcome.Profile is { } p
                    ? string.Join(", ", ConversationCorpus.Fields.Select(f => $"{f}: {p[f]?.ToJsonString(Readable) ?? "–"}"))
                    : "none";
                Console.WriteLine($"   profile: {profile}");
                Console.WriteLine();
            }
        }

        Console.WriteLine(buildOnly ? "Build part only; no results file written" : $"Wrote {Path.GetRelativePath(root, path)}");
        return 0;
    }
}
