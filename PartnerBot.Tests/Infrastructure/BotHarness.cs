using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Interview;
using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Infrastructure;

/// <summary>The bot's real services (memory storage, real understanding and interview) for conversation tests.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    /// <summary>The test clock: 26 November 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public BotHarness(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Bot:BusinessName"] = "Bäckerei Sonnenschein",
            ["Bot:BusinessContact"] = "030 1234567",
            ["Bot:PrivacyUrl"] = "https://example.com/datenschutz",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddPartnerBotHosting();
        services.AddPartnerBotStorage();
        services.AddPartnerBotUnderstanding();
        services.AddPartnerBotInterview();
        services.AddPartnerBotBot();
        services.AddPartnerBotTurnPipeline();
        services.AddPartnerBotPrivacy();
        services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Start);
    public IServiceProvider Services => _services;
    public IBot Bot => _services.GetRequiredService<IBot>();
    public IProfileStore Profiles => _services.GetRequiredService<IProfileStore>();
    public IStorage Storage => _services.GetRequiredService<IStorage>();
    public ITranscriptStore Transcripts => _services.GetRequiredService<ITranscriptStore>();
    public Wording German => _services.GetRequiredService<WordingCatalog>().For("de-DE");
    public Wording English => _services.GetRequiredService<WordingCatalog>().For("en-US");
    public Wording French => _services.GetRequiredService<WordingCatalog>().For("fr-FR");

    /// <summary>A new conversation of <paramref name="userId"/> in <paramref name="locale"/>.</summary>
    public ChatDriver Chat(string locale = "de-DE", string userId = "anna", string? conversationId = null)
    {
        var reference = TestAdapter.CreateConversation(conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..8], userId, "partnerbot");
        var adapter = new TestAdapter(reference) { Locale = locale };
        adapter.OnTurnError = _services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        foreach (var middleware in _services.GetServices<IMiddleware>())
        {
            adapter.Use(middleware);
        }

        return new ChatDriver(adapter, Bot);
    }

    /// <summary>A new conversation in which the customer joined and agreed to have their answers noted.</summary>
    public async Task<ChatDriver> ConsentedChatAsync(string locale = "de-DE")
    {
        var chat = Chat(locale);
        await chat.JoinAsync();
        await chat.SayAsync(locale.StartsWith("en", StringComparison.Ordinal) ? "yes" : "ja");
        return chat;
    }

    /// <summary>All profiles in the store, newest first, with their entries.</summary>
    public async Task<List<PartnerProfile>> AllProfilesAsync()
    {
        var page = await Profiles.QueryAsync(new ProfileQuery { Take = 1000 }, CancellationToken.None);
        var result = new List<PartnerProfile>();
        foreach (var item in page.Items)
        {
            result.Add((await Profiles.GetAsync(item.Id, CancellationToken.None))!);
        }

        return result;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
