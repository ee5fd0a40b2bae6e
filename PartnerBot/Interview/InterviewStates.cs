using Microsoft.Bot.Builder;
using PartnerBot.Privacy;

namespace PartnerBot.Interview;

/// <summary>The interview's dialog state (<see cref="InterviewState"/> in ConversationState) and the customer's state
/// (<see cref="PartnerState"/> in UserState), through accessors created once.</summary>
public sealed class InterviewStates
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<InterviewState> _interview;
    private readonly IStatePropertyAccessor<PartnerState> _partner;

    public InterviewStates(ConversationState conversationState, UserState userState)
    {
        _conversationState = conversationState;
        _userState = userState;
        _interview = conversationState.CreateProperty<InterviewState>(nameof(InterviewState));
        _partner = userState.CreateProperty<PartnerState>(nameof(PartnerState));
    }

    /// <summary>The conversation's interview state, new when there is none.</summary>
    public Task<InterviewState> InterviewAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _interview.GetAsync(context, () => new InterviewState(), cancellationToken);

    /// <summary>The customer's state, loading it if this turn has not yet; null for a stranger (nothing is created).</summary>
    internal async Task<PartnerState?> PeekPartnerAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Partner is not null)
        {
            return turn.Partner;
        }

        try
        {
            // Without a default factory the accessor creates nothing, so no empty user state is written for a stranger.
            return await _partner.GetAsync(turn.Context, null, cancellationToken);
        }
        catch (MissingMemberException)
        {
            return null;
        }
    }

    /// <summary>The customer's state, created when missing (only after consent).</summary>
    internal async Task<PartnerState> PartnerAsync(InterviewTurn turn, CancellationToken cancellationToken) =>
        turn.Partner ??= await _partner.GetAsync(turn.Context, () => new PartnerState(), cancellationToken);

    /// <summary>Erases the customer's dialog and user state (their stored data is erased by the caller).</summary>
    internal async Task ForgetAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        // Deleting the whole state (not just its properties) also drops the turn's cached copy, so nothing is saved again.
        await _conversationState.DeleteAsync(turn.Context, cancellationToken);
        await _userState.DeleteAsync(turn.Context, cancellationToken);
        TranscriptConsent.Revoke(turn.Context);
        turn.Erased = true;
    }
}
