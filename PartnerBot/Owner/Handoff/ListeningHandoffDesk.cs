using Microsoft.Bot.Builder;
using PartnerBot.Interview;

namespace PartnerBot.Owner.Handoff;

/// <summary>The listening conversation's desk (<see cref="Interview.Listening.IHandoffDesk"/>) on top of the live handoff: the
/// conversation decides once that the customer wants a person, records the request in the profile and asks here, and the
/// conversation is queued for staff when one can come; outside opening hours it says when someone is back.</summary>
/// <remarks>The live desk is resolved at first use: it speaks through the interview (hand back), whose conversation asks this desk.</remarks>
public sealed class ListeningHandoffDesk(IServiceProvider services, InterviewStates states, UserState userState, HandoffBack back)
    : Interview.Listening.IHandoffDesk
{
    private readonly IStatePropertyAccessor<PartnerState> _partner = userState.CreateProperty<PartnerState>(nameof(PartnerState));
    private readonly Lazy<HandoffDesk> _desk = new(services.GetRequiredService<HandoffDesk>);

    private HandoffDesk Desk => _desk.Value;

    /// <inheritdoc/>
    public Task<bool> IsLiveAsync(ITurnContext context, CancellationToken cancellationToken) => Desk.CanCallNowAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task RequestAsync(ITurnContext context, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var consented = (await states.InterviewAsync(context, cancellationToken)).HasConsent;
        var name = consented ? (await PartnerAsync(context, cancellationToken))?.Name : null;
        await Desk.RequestPersonAsync(context, name, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<string?> WhenBackAsync(ITurnContext context, bool informal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var locale = context.Activity.Locale is { Length: > 0 } given ? given : (await states.InterviewAsync(context, cancellationToken)).Locale ?? "de-DE";
        return back.Sentence(locale, informal);
    }

    private async Task<PartnerState?> PartnerAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        try
        {
            // Without a default factory nothing is created for a customer the store does not know.
            return await _partner.GetAsync(context, null, cancellationToken);
        }
        catch (MissingMemberException)
        {
            return null;
        }
    }
}
