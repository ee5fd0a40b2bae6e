using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Listening;
using PartnerBot.Interview.Phases;
using PartnerBot.Privacy;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The partner interview's turn: load the state, hand the message to <see cref="MessageRouter"/> (or greet a customer who
/// joined), then save the profile and send the replies; a channel's re-delivery is answered from the dialog state.</summary>
public sealed class InterviewEngine
{
    /// <summary>How many handled activity ids a conversation remembers.</summary>
    private const int RememberedActivities = 32;

    private readonly InterviewStates _states;
    private readonly ProfileWriter _profiles;
    private readonly MessageRouter _router;
    private readonly PhaseRouter _phases;
    private readonly GreetingPhase _greeting;
    private readonly SpokenLanguage _language;
    private readonly WordingCatalog _wordings;
    private readonly BotOptions _options;
    private readonly TimeProvider _time;

    internal InterviewEngine(InterviewStates states, ProfileWriter profiles, MessageRouter router, PhaseRouter phases, GreetingPhase greeting,
        SpokenLanguage language, WordingCatalog wordings, IOptions<BotOptions> options, TimeProvider time)
    {
        _states = states;
        _profiles = profiles;
        _router = router;
        _phases = phases;
        _greeting = greeting;
        _language = language;
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
            await _greeting.GreetAsync(turn, cancellationToken);
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

        await _router.RouteAsync(turn, cancellationToken);
        await EndAsync(turn, cancellationToken);
    }

    /// <summary>A person of the business handed the conversation back: say <paramref name="message"/> and ask the current question again.</summary>
    public async Task OnHandedBackAsync(ITurnContext context, string message, CancellationToken cancellationToken)
    {
        var turn = await BeginAsync(context, cancellationToken);
        turn.Say(message);
        if (turn.State.Phase != InterviewPhase.New)
        {
            _phases.RepeatPrompt(turn);
        }

        await EndAsync(turn, cancellationToken);
    }

    private static bool IsRedelivery(InterviewTurn turn) =>
        turn.Context.Activity.Id is { Length: > 0 } id && turn.State.HandledActivityIds.Contains(id);

    /// <summary>A re-delivered activity adds nothing; only a channel that waits for the replies in its response gets them again
    /// (as text: the buttons of the first delivery are not kept in the dialog state).</summary>
    private static async Task ReplayAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var wasLast = turn.State.HandledActivityIds.Count > 0 && turn.State.HandledActivityIds[^1] == activity.Id;
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies && wasLast && turn.State.LastReplies.Count > 0)
        {
            var replies = turn.State.LastReplies.Select(m => (IActivity)Reply(turn, m)).ToArray();
            await turn.Context.SendActivitiesAsync(replies, cancellationToken);
        }
    }

    /// <summary>A reply in the language the bot speaks in this conversation: its <c>locale</c> tells the client (Web Chat follows a
    /// switch of language with its own words and the chat's <c>lang</c>).</summary>
    private static Activity Reply(InterviewTurn turn, string text)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = turn.SpokenLocale;
        return reply;
    }

    /// <summary>The question on screen after the turn: a question's name, "summary", "consent", or null.</summary>
    private static string? OnScreen(InterviewState state) => state.Phase switch
    {
        InterviewPhase.Asking => state.CurrentSlot,
        InterviewPhase.Confirming => SlotNames.Summary,
        InterviewPhase.AwaitingConsent => SlotNames.Consent,
        _ => null,
    };

    private async Task<InterviewTurn> BeginAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var state = await _states.InterviewAsync(context, cancellationToken);
        state.ForgetUnconsented();
        var locale = Locales.Normalize(context.Activity.Locale ?? state.Locale, _options.DefaultLocale);
        state.Locale = locale;
        var now = _time.GetUtcNow();
        state.Informal ??= _options.Informal ? true : null;
        var eraseAsked = state.EraseAsked;
        state.EraseAsked = false;
        var turn = new InterviewTurn(context, state, _wordings.For(locale, state.Informal == true), locale, now)
        {
            ReferenceTime = context.Activity.LocalTimestamp ?? now,
            EraseAsked = eraseAsked,
        };
        _language.Apply(turn);
        if (state.HasConsent)
        {
            TranscriptConsent.Grant(context);
            if ((await _states.PartnerAsync(turn, cancellationToken)).Informal && state.Informal != true)
            {
                state.Informal = true;
                turn.Wording = _wordings.For(turn.SpokenLocale, informal: true);
            }
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
            var replies = turn.Messages.Select(m => Reply(turn, m)).ToArray();
            if (OnScreen(turn.State) is { } onScreen)
            {
                // What the bot waits for, for clients and tests that answer the question on screen (the text may change; the name does not).
                replies[^1].ChannelData = new Newtonsoft.Json.Linq.JObject { ["question"] = onScreen };
            }

            if (turn.Choices.Count > 0)
            {
                // Buttons on the last reply only: Web Chat shows a message's suggested actions while it is the latest one.
                replies[^1].SuggestedActions = new SuggestedActions(actions: [.. turn.Choices.Select(c => new CardAction(ActionTypes.ImBack, c, value: c))]);
            }

            await turn.Context.SendActivitiesAsync([.. replies.Cast<IActivity>()], cancellationToken);
        }
    }
}
