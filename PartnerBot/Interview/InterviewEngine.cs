using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Privacy;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The partner interview: greeting and consent, the slots in order with proactive filling, validation, summary and confirmation.</summary>
public sealed partial class InterviewEngine
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<InterviewState> _interview;
    private readonly IStatePropertyAccessor<PartnerState> _partner;
    private readonly ITextUnderstanding _understanding;
    private readonly ProfileWriter _profiles;
    private readonly InterviewCommands _commands;
    private readonly WordingCatalog _wordings;
    private readonly BotOptions _options;
    private readonly TimeProvider _time;

    public InterviewEngine(
        ConversationState conversationState,
        UserState userState,
        ITextUnderstanding understanding,
        ProfileWriter profiles,
        InterviewCommands commands,
        WordingCatalog wordings,
        IOptions<BotOptions> options,
        TimeProvider time)
    {
        _conversationState = conversationState;
        _userState = userState;
        _interview = conversationState.CreateProperty<InterviewState>(nameof(InterviewState));
        _partner = userState.CreateProperty<PartnerState>(nameof(PartnerState));
        _understanding = understanding;
        _profiles = profiles;
        _commands = commands;
        _wordings = wordings;
        _options = options.Value;
        _time = time;
    }

    /// <summary>A customer joined: greet them (once per conversation), or welcome them back.</summary>
    public async Task OnCustomerJoinedAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var turn = await BeginAsync(context, cancellationToken);
        if (turn.State.Phase == InterviewPhase.New)
        {
            await GreetAsync(turn, cancellationToken);
        }

        await EndAsync(turn, cancellationToken);
    }

    /// <summary>A customer's message: understand it and take the interview one step further.</summary>
    public async Task OnMessageAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var turn = await BeginAsync(context, cancellationToken);
        if (IsRedelivery(turn))
        {
            await ReplayAsync(turn, cancellationToken);
            return;
        }

        await HandleMessageAsync(turn, cancellationToken);
        await EndAsync(turn, cancellationToken);
    }

    /// <summary>How many handled activity ids a conversation remembers.</summary>
    private const int RememberedActivities = 32;

    private static bool IsRedelivery(InterviewTurn turn) =>
        turn.Context.Activity.Id is { Length: > 0 } id && turn.State.HandledActivityIds.Contains(id);

    /// <summary>A re-delivered activity adds nothing; only a channel that waits for the replies in its response gets them again.</summary>
    private static async Task ReplayAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var wasLast = turn.State.HandledActivityIds.Count > 0 && turn.State.HandledActivityIds[^1] == activity.Id;
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies && wasLast && turn.State.LastReplies.Count > 0)
        {
            var replies = turn.State.LastReplies.Select(m => (IActivity)MessageFactory.Text(m)).ToArray();
            await turn.Context.SendActivitiesAsync(replies, cancellationToken);
        }
    }

    private async Task HandleMessageAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var text = MessageText.Clean(turn.Context.Activity.Text, _options.MaxMessageLength, out var truncated);
        if (truncated)
        {
            turn.Say(Wording.Fill(turn.Wording.TooLong, ("max", _options.MaxMessageLength.ToString("N0", turn.Culture))));
        }

        if (turn.State.Phase == InterviewPhase.New)
        {
            // What a first message says is not kept: the customer has not consented yet.
            await GreetAsync(turn, cancellationToken);
            return;
        }

        if (text.Length == 0 || !MessageText.HasWords(text))
        {
            turn.Say(text.Length > 0 ? turn.Wording.EmojiOnly
                : turn.Context.Activity.Attachments?.Count > 0 ? turn.Wording.AttachmentOnly
                : turn.Wording.Empty);
            RepeatPrompt(turn);
            return;
        }

        var understood = _understanding.Understand(text, turn.Locale, ExpectedSlot(turn.State), turn.ReferenceTime);
        if (understood.Command is { } command)
        {
            await _commands.RunAsync(this, turn, command, cancellationToken);
            return;
        }

        switch (turn.State.Phase)
        {
            case InterviewPhase.AwaitingConsent:
                await OnConsentAnswerAsync(turn, text, understood, cancellationToken);
                break;
            case InterviewPhase.Declined:
                await OnDeclinedMessageAsync(turn, understood, cancellationToken);
                break;
            case InterviewPhase.AwaitingResumeChoice:
                await OnResumeAnswerAsync(turn, understood, cancellationToken);
                break;
            case InterviewPhase.Asking:
                OnAnswer(turn, text, understood);
                break;
            case InterviewPhase.Confirming:
                OnConfirmation(turn, text, understood);
                break;
            default:
                OnAfterInterview(turn, text, understood);
                break;
        }
    }

    private async Task<InterviewTurn> BeginAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var state = await _interview.GetAsync(context, () => new InterviewState(), cancellationToken);
        state.ForgetUnconsented();
        var locale = Locales.Normalize(context.Activity.Locale ?? state.Locale, _options.DefaultLocale);
        state.Locale = locale;
        var now = _time.GetUtcNow();
        var turn = new InterviewTurn(context, state, _wordings.For(locale), locale, now)
        {
            ReferenceTime = context.Activity.LocalTimestamp ?? now,
        };
        if (state.HasConsent)
        {
            TranscriptConsent.Grant(context);
            await PartnerAsync(turn, cancellationToken);
        }

        return turn;
    }

    private async Task EndAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        turn.State.ForgetUnconsented();
        if (!turn.Erased)
        {
            await _profiles.SaveAsync(turn, cancellationToken);
        }

        if (turn.Context.Activity.Id is { Length: > 0 } id && !turn.Erased)
        {
            var handled = turn.State.HandledActivityIds;
            handled.Add(id);
            if (handled.Count > RememberedActivities)
            {
                handled.RemoveAt(0);
            }

            turn.State.LastReplies = turn.KeepReplies ? [.. turn.Messages] : [];
        }

        if (turn.State.HasConsent && !turn.Erased)
        {
            TranscriptConsent.Grant(turn.Context);
        }

        if (turn.Messages.Count > 0)
        {
            var replies = turn.Messages.Select(m => (IActivity)MessageFactory.Text(m)).ToArray();
            await turn.Context.SendActivitiesAsync(replies, cancellationToken);
        }
    }

    /// <summary>Erases the customer's dialog and user state (their stored data is erased by the caller).</summary>
    internal async Task ForgetStateAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        // Deleting the whole state (not just its properties) also drops the turn's cached copy, so nothing is saved again.
        await _conversationState.DeleteAsync(turn.Context, cancellationToken);
        await _userState.DeleteAsync(turn.Context, cancellationToken);
        TranscriptConsent.Revoke(turn.Context);
        turn.Erased = true;
    }

    /// <summary>The customer's state, loading it if this turn has not yet.</summary>
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

    private static string? ExpectedSlot(InterviewState state) =>
        state.Phase == InterviewPhase.Asking ? state.CurrentSlot : null;
}
