using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Hosting;
using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Storage;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Privacy;

/// <summary>The app's storage and privacy services on one provider, with a fake clock, and helpers to leave traces of a customer everywhere.</summary>
public sealed class PrivacyWorld : IDisposable
{
    private readonly SqliteTestFile _file = new();

    public PrivacyWorld(string provider, DateTimeOffset now, Action<IServiceCollection>? configure = null, string? connectionString = null)
    {
        Time = new FakeTimeProvider(now);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:PartnerBot"] = connectionString ?? $"Data Source={_file.FilePath}",
        });
        builder.Services.AddLogging();
        builder.Services.AddPartnerBotHosting();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddPartnerBotStorage();
        builder.Services.AddPartnerBotPrivacy();
        configure?.Invoke(builder.Services);
        Host = builder.Build();
    }

    public FakeTimeProvider Time { get; }

    public IHost Host { get; }

    public IProfileStore Profiles => Host.Services.GetRequiredService<IProfileStore>();

    public IStorage Storage => Host.Services.GetRequiredService<IStorage>();

    public ITranscriptStore Transcripts => Host.Services.GetRequiredService<ITranscriptStore>();

    public ICustomerDataEraser Eraser => Host.Services.GetRequiredService<ICustomerDataEraser>();

    /// <summary>Writes user and conversation state through the SDK's own UserState/ConversationState and logs one transcript line.</summary>
    public async Task LeaveTracesAsync(string channelId, string userId, string conversationId)
    {
        var context = BotStateTurns.Context(channelId, userId, conversationId);
        var userState = new UserState(Storage);
        var conversationState = new ConversationState(Storage);
        await userState.CreateProperty<string>("name").SetAsync(context, "Anna", TestContext.Current.CancellationToken);
        await conversationState.CreateProperty<string>("slot").SetAsync(context, "wish", TestContext.Current.CancellationToken);
        await userState.SaveChangesAsync(context, false, TestContext.Current.CancellationToken);
        await conversationState.SaveChangesAsync(context, false, TestContext.Current.CancellationToken);
        await Transcripts.LogActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channelId,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount(userId),
            Timestamp = Time.GetUtcNow(),
            Text = "Ich heiße Anna",
        });
    }

    public async Task<bool> HasUserStateAsync(string channelId, string userId) =>
        (await Storage.ReadAsync([$"{channelId}/users/{userId}"], TestContext.Current.CancellationToken)).Count > 0;

    public async Task<bool> HasConversationStateAsync(string channelId, string conversationId) =>
        (await Storage.ReadAsync([$"{channelId}/conversations/{conversationId}"], TestContext.Current.CancellationToken)).Count > 0;

    public async Task<bool> HasTranscriptAsync(string channelId, string conversationId) =>
        (await Transcripts.GetTranscriptActivitiesAsync(channelId, conversationId)).Items is { Length: > 0 };

    public void Dispose()
    {
        Host.Dispose();
        _file.Dispose();
    }
}
