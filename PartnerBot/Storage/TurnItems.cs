using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;

namespace PartnerBot.Storage;

/// <summary>What PartnerBot itself keeps for the length of one turn: the turn's batch and its participants, the transcript consent,
/// and the state documents as they were read or last saved.</summary>
/// <remarks>The SDK's <see cref="ITurnContext.TurnState"/> compares its keys culture-aware, so every lookup computes an ICU sort key of
/// the key; PartnerBot looks its values up many times a turn (the state document keys are long). They live here instead, found by the
/// identity of the turn's state collection (which every wrapper of the turn's context shares) and released with it.</remarks>
internal sealed class TurnItems
{
    private static readonly ConditionalWeakTable<TurnContextStateCollection, TurnItems> Items = [];

    /// <summary>The turn's batch, once <see cref="TurnBatchMiddleware"/> attached one.</summary>
    public TurnWriteBatch? Batch { get; set; }

    /// <summary>Who adds writes to the turn's batch at the commit.</summary>
    public List<ITurnWriteParticipant> Participants { get; } = [];

    /// <summary>True once the turn may be kept in the transcript.</summary>
    public bool TranscriptConsent { get; set; }

    /// <summary>The stored document of each state key as read or last saved in this turn.</summary>
    public Dictionary<string, string> StateDocuments { get; } = new(StringComparer.Ordinal);

    /// <summary>The items of the turn of <paramref name="turnContext"/>, created on first use.</summary>
    public static TurnItems Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Items.GetOrCreateValue(turnContext.TurnState);
    }
}
