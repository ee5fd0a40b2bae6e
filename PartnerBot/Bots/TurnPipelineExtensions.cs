using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using PartnerBot.Interview;
using PartnerBot.Storage;

namespace PartnerBot.Bots;

/// <summary>Assembles a turn: the adapter, its middleware in order, and the bot's conversation and user state.</summary>
public static class TurnPipelineExtensions
{
    /// <summary>Registers the adapter with its error handler, the turn's middleware and the state, all in this one place.</summary>
    /// <remarks>A turn runs: the turn lock (one turn per conversation, across instances with PostgreSQL) → the transcript (what was
    /// said, from consent on) → the turn's batch (one state read, one write transaction, then the replies) → the bot.</remarks>
    public static IServiceCollection AddPartnerBotTurnPipeline(this IServiceCollection services)
    {
        // The adapter applies the middleware in this order.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new TurnLockMiddleware(sp.GetRequiredService<ITurnLock>()));
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new TranscriptLoggingMiddleware(
            sp.GetRequiredService<ITranscriptStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<TranscriptLoggingMiddleware>>()));
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new TurnBatchMiddleware(sp.GetRequiredService<ITurnStore>(), sp.GetServices<ITurnStateScope>()));

        // The dialog and user state: the SDK's ConversationState and UserState, stored in PartnerBot's own format.
        services.AddSingleton(new StateProperties()
            .Add<InterviewState>(nameof(InterviewState))
            .Add<PartnerState>(nameof(PartnerState)));
        services.AddSingleton<StateEnvelope>();
        services.AddSingleton(sp => new TurnStateStore(sp.GetRequiredService<ITurnStore>(), sp.GetRequiredService<StateEnvelope>()));
        services.AddSingleton(sp => new TurnConversationState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TurnStateStore>()));
        services.AddSingleton(sp => new TurnUserState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TurnStateStore>()));
        services.AddSingleton<ConversationState>(sp => sp.GetRequiredService<TurnConversationState>());
        services.AddSingleton<UserState>(sp => sp.GetRequiredService<TurnUserState>());
        services.AddSingleton<ITurnStateScope>(sp => sp.GetRequiredService<TurnConversationState>());
        services.AddSingleton<ITurnStateScope>(sp => sp.GetRequiredService<TurnUserState>());

        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<PartnerBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<PartnerBotAdapter>());
        return services;
    }
}
