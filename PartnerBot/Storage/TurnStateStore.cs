using Microsoft.Bot.Builder;

namespace PartnerBot.Storage;

/// <summary>How <see cref="TurnConversationState"/> and <see cref="TurnUserState"/> load, save and delete: through the turn's
/// <see cref="TurnWriteBatch"/> when there is one (one read, one commit per turn), else directly; in the <see cref="StateEnvelope"/> format.</summary>
public sealed class TurnStateStore(ITurnStore store, StateEnvelope envelope)
{
    /// <summary>The state's storage key for the turn, or null when the activity lacks what the key is made of.</summary>
    public static string? KeyOrNull(Func<ITurnContext, string> storageKey, ITurnContext turnContext)
    {
        try
        {
            return storageKey(turnContext);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads the state into the turn's cache unless it is there already (or <paramref name="force"/>).</summary>
    internal async Task LoadAsync(BotState state, ITurnContext turnContext, string key, bool force, CancellationToken cancellationToken)
    {
        if (!force && state.GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var document = TurnWriteBatch.Of(turnContext) is { } batch
            ? await batch.ReadStateAsync(key, cancellationToken)
            : (await store.ReadStateAsync([key], cancellationToken)).GetValueOrDefault(key);
        var values = envelope.Read(document);

        // The SDK's own way to put a fresh cache entry in the turn; its content is replaced by what was stored.
        await state.ClearStateAsync(turnContext, cancellationToken);
        state.GetCachedState(turnContext).State = values;
        TurnItems.Of(turnContext).StateDocuments[key] = document ?? envelope.Empty;
    }

    /// <summary>Serialises the cached state and, when it differs from what was stored (or <paramref name="force"/>), stores it:
    /// into the turn's batch, or directly outside a batched turn.</summary>
    internal async Task SaveAsync(BotState state, ITurnContext turnContext, string key, bool force, CancellationToken cancellationToken)
    {
        if (state.GetCachedState(turnContext)?.State is not { } values)
        {
            return;
        }

        var document = envelope.Write(values);
        var documents = TurnItems.Of(turnContext).StateDocuments;
        if (!force && documents.GetValueOrDefault(key) == document)
        {
            return;
        }

        if (TurnWriteBatch.Of(turnContext) is { } batch)
        {
            batch.SaveState(key, document);
        }
        else
        {
            var writes = new TurnWrites();
            writes.State[key] = document;
            await store.CommitAsync(writes, cancellationToken);
        }

        documents[key] = document;
    }

    /// <summary>Before the state is deleted from the store: nothing of it is written by this turn's batch any more.</summary>
    internal static void Forget(ITurnContext turnContext, string key)
    {
        TurnWriteBatch.Of(turnContext)?.Forget(key);
        TurnItems.Of(turnContext).StateDocuments.Remove(key);
    }
}
