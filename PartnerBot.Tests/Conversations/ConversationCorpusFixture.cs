using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Tests.Conversations.Scoring;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Conversations;

/// <summary>Plays every corpus conversation once through the real bot (memory storage, real understanding) and keeps the scores.</summary>
public sealed class ConversationCorpusFixture : IAsyncLifetime
{
    /// <summary>The corpus folder in the repository the tests were built from (the files are not copied to the build output).</summary>
    public static string Folder { get; } = ConversationCorpus.Folder(
        typeof(ConversationCorpusFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    /// <summary>Every conversation of the corpus, build and held back.</summary>
    public static IReadOnlyList<Conversation> Conversations { get; } = ConversationFiles.Read(Folder);

    private BotHarness? _bot;

    /// <summary>Each conversation's score, by id.</summary>
    public IReadOnlyDictionary<string, ConversationScore> Scores { get; private set; } = new Dictionary<string, ConversationScore>();

    public async ValueTask InitializeAsync()
    {
        _bot = new BotHarness(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(ConversationCorpus.Today)));
        var driver = new ConversationDriver(_bot.Services);
        var scores = new Dictionary<string, ConversationScore>(StringComparer.Ordinal);
        foreach (var conversation in Conversations)
        {
            scores[conversation.Id] = ConversationScorer.Score(conversation, await driver.PlayAsync(conversation, CancellationToken.None));
        }

        Scores = scores;
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
