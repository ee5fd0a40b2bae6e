using Microsoft.Bot.Builder;

namespace PartnerBot.Storage;

/// <summary>The Bot Framework's ConversationState, read and written through the turn's batch in PartnerBot's own state format (see <see cref="TurnStateStore"/>).</summary>
public sealed class TurnConversationState(IStorage storage, TurnStateStore store) : ConversationState(storage), ITurnStateScope
{
    /// <inheritdoc/>
    public string? KeyOf(ITurnContext turnContext) => TurnStateStore.KeyOrNull(GetStorageKey, turnContext);

    /// <inheritdoc/>
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        store.LoadAsync(this, turnContext, GetStorageKey(turnContext), force, cancellationToken);

    /// <inheritdoc/>
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        store.SaveAsync(this, turnContext, GetStorageKey(turnContext), force, cancellationToken);

    /// <inheritdoc/>
    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        TurnStateStore.Forget(turnContext, GetStorageKey(turnContext));
        return base.DeleteAsync(turnContext, cancellationToken);
    }
}
