using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.Interview.Phases;

/// <summary>Records a customer's consent in the dialog state and in their own state.</summary>
internal sealed class ConsentGiver(InterviewStates states, IOptions<BotOptions> options)
{
    /// <summary>Consent given now: the profile this conversation writes to is chosen, the interview begins.</summary>
    public async Task GiveAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.ConsentAt = turn.Now;
        state.ConsentVersion = options.Value.ConsentVersion;
        state.ProfileId ??= Guid.NewGuid().ToString("N");
        state.CreatedAt ??= turn.Now;
        state.Phase = InterviewPhase.Asking;
        turn.ProfileChanged = true;

        var partner = await states.PartnerAsync(turn, cancellationToken);
        partner.ConsentAt = state.ConsentAt;
        partner.ConsentVersion = state.ConsentVersion;
    }
}
