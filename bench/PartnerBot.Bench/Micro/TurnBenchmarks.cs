using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using PartnerBot.Bots;
using PartnerBot.Storage;

namespace PartnerBot.Bench.Micro;

/// <summary>Whole interview turns through the real container and the SDK's <see cref="TestAdapter"/>: middleware (transcript),
/// bot, interview engine, understanding, state and profile, on memory (engine) or on a SQLite file (engine + storage).</summary>
/// <remarks>One invocation is one new customer's complete interview, so every turn meets the state it would in real life; the
/// figures are per turn (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>), averaged over the interview's turns.</remarks>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    /// <summary>The turns of one interview in <see cref="InterviewScript"/>: join, consent, seven answers, correction, "ja".</summary>
    public const int TurnsPerInterview = 11;

    private BenchServices? _services;
    private IBot _bot = null!;
    private Microsoft.Bot.Builder.IMiddleware[] _middleware = [];
    private TurnErrorHandler _errors = null!;
    private int _customers;

    /// <summary>Where state, profiles and transcripts go.</summary>
    [Params(StorageProvider.Memory, StorageProvider.Sqlite)]
    public StorageProvider Storage { get; set; }

    /// <summary>The interview's language: the German or the English script.</summary>
    [Params("de-DE", "en-US")]
    public string Locale { get; set; } = "de-DE";

    private IReadOnlyList<InterviewScript.Turn> Script => Locale.StartsWith("en", StringComparison.Ordinal) ? InterviewScript.English : InterviewScript.German;

    /// <summary>Starts the app's services as the host would, then runs one interview whose replies are checked.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (Script.Count != TurnsPerInterview)
        {
            throw new InvalidOperationException($"The {Locale} script has {Script.Count} turns; set {nameof(TurnsPerInterview)} to match.");
        }

        _services = BenchServices.Create(Storage);
        await _services.StartAsync(CancellationToken.None);
        _bot = _services.Services.GetRequiredService<IBot>();
        _middleware = [.. _services.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>()];
        _errors = _services.Services.GetRequiredService<TurnErrorHandler>();

        // A failing turn answers with an apology, which is cheaper than a real turn: make sure the measured interview works.
        await InterviewAsync(checkReplies: true);
    }

    /// <summary>Stops the services and removes the SQLite file.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>One turn (the mean over a new customer's whole interview).</summary>
    [Benchmark(OperationsPerInvoke = TurnsPerInterview)]
    public Task Turn() => InterviewAsync(checkReplies: false);

    private async Task InterviewAsync(bool checkReplies)
    {
        var customer = ++_customers;
        var adapter = new TestAdapter(TestAdapter.CreateConversation($"micro-{customer}", $"customer-{customer}", "partnerbot")) { Locale = Locale };
        adapter.OnTurnError = _errors.HandleAsync;
        foreach (var middleware in _middleware)
        {
            adapter.Use(middleware);
        }

        foreach (var turn in Script)
        {
            var activity = adapter.MakeActivity(turn.Text);
            if (turn.Text is null)
            {
                activity.Type = ActivityTypes.ConversationUpdate;
                activity.MembersAdded = [new ChannelAccount(adapter.Conversation.User.Id)];
            }

            await adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, CancellationToken.None);
            List<string>? replies = checkReplies ? [] : null;
            while (adapter.GetNextReply() is { } reply)
            {
                if (replies is not null && reply.AsMessageActivity()?.Text is { } text)
                {
                    replies.Add(text);
                }
            }

            if (replies is not null && turn.Expect.Length > 0 && !turn.Expect.Any(word => replies.Any(r => r.Contains(word, StringComparison.OrdinalIgnoreCase))))
            {
                throw new InvalidOperationException($"After \"{turn.Text ?? "(join)"}\" the bot did not say any of [{string.Join(", ", turn.Expect)}]: {string.Join(" | ", replies)}");
            }
        }
    }
}
