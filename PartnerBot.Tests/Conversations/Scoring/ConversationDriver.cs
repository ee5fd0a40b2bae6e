using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Bots;
using PartnerBot.Interview.Questions;
using PartnerBot.Owner;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>Plays corpus conversations through the bot of a container (the app's registrations on memory storage, real understanding):
/// the SDK's <see cref="TestAdapter"/> with the app's middleware, one new customer per conversation, the lines sent whatever the bot replies.</summary>
/// <remarks>The container's clock must stand at <see cref="ConversationCorpus.Today"/>, so relative dates mean what the corpus says.</remarks>
public sealed class ConversationDriver(IServiceProvider services)
{
    private readonly IBot _bot = services.GetRequiredService<IBot>();
    private readonly Microsoft.Bot.Builder.IMiddleware[] _middleware = [.. services.GetServices<Microsoft.Bot.Builder.IMiddleware>()];
    private readonly TurnErrorHandler _errors = services.GetRequiredService<TurnErrorHandler>();
    private readonly IProfileStore _profiles = services.GetRequiredService<IProfileStore>();
    private readonly Questionnaire _questions = services.GetRequiredService<Questionnaire>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();

    /// <summary>Joins as a new customer, sends every line, and returns the bot's replies and the customer's profiles as owners read them.</summary>
    public async Task<ConversationOutcome> PlayAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var adapter = new TestAdapter(TestAdapter.CreateConversation($"corpus-{conversation.Id}", $"customer-{conversation.Id}", "partnerbot")) { Locale = conversation.Locale };
        adapter.OnTurnError = _errors.HandleAsync;
        foreach (var middleware in _middleware)
        {
            adapter.Use(middleware);
        }

        var join = adapter.MakeActivity();
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [new ChannelAccount(adapter.Conversation.User.Id, "Kunde")];
        var turns = new List<(string? Line, IReadOnlyList<string> Replies)> { (null, await TurnAsync(adapter, join, cancellationToken)) };
        foreach (var line in conversation.Lines)
        {
            turns.Add((line, await TurnAsync(adapter, adapter.MakeActivity(line), cancellationToken)));
        }

        var views = new List<JsonObject>();
        foreach (var id in await _profiles.FindIdsByCustomerAsync(adapter.Conversation.ChannelId, adapter.Conversation.User.Id, cancellationToken))
        {
            if (await _profiles.GetAsync(id, cancellationToken) is { } profile)
            {
                views.Add(OwnerProfileView.From(_questions, profile));
            }
        }

        return new ConversationOutcome(turns, views);
    }

    private async Task<IReadOnlyList<string>> TurnAsync(TestAdapter adapter, Activity activity, CancellationToken cancellationToken)
    {
        // The customer writes at the container's time: the test adapter would stamp the machine's clock, and the bot reads
        // relative dates ("in 2 weeks") from the customer's local time.
        activity.Timestamp = activity.LocalTimestamp = _time.GetUtcNow();
        await adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, cancellationToken);
        var replies = new List<string>();
        while (adapter.GetNextReply() is { } reply)
        {
            if (reply.AsMessageActivity()?.Text is { Length: > 0 } text)
            {
                replies.Add(text);
            }
        }

        return replies;
    }
}
