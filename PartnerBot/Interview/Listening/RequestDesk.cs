using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Phases;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>Serves a wish for a person, a call back or a complaint: the business's contact at once (or a person, when one can take
/// over live), a call back asking only for what it still needs, a request on the profile, which the owner is notified of.</summary>
/// <remarks>Before consent nothing is written: the customer gets the contact and is asked whether their number may be noted;
/// only the kind of the wish is kept for that "ja" (never their words).</remarks>
internal sealed class RequestDesk(IHandoffDesk handoff, ConsentGiver consent, InterviewFlow flow, IOptions<BotOptions> options, RecognizerModels models,
    ITextUnderstanding understanding)
{
    private readonly CallTimeReader _callTimes = new(models);

    /// <summary>A message asking for a person, a call back or complaining.</summary>
    public async Task<KindOutcome> TakeAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        var kind = understood.Kind switch { MessageKind.Human => RequestKind.Human, MessageKind.Callback => RequestKind.Callback, _ => RequestKind.Complaint };
        var state = turn.State;
        if (!state.HasConsent && understood.YesNo == YesNo.Yes && state.Phase is InterviewPhase.AwaitingConsent or InterviewPhase.Declined)
        {
            // "Ja, rufen Sie mich zurück" on the consent question: consent and the wish in one message.
            await consent.GiveAsync(turn, cancellationToken);
            turn.Say(turn.Wording.ConsentThanks);
        }

        if (kind == RequestKind.Complaint)
        {
            turn.Say(Fill(turn, turn.Wording.ComplaintEmpathy));
        }
        else if (kind == RequestKind.Human && await handoff.IsLiveAsync(turn.Context, cancellationToken))
        {
            Record(turn, kind, text);
            turn.Say(turn.Wording.HumanLive);
            await handoff.RequestAsync(turn.Context, kind, cancellationToken);
            return KindOutcome.Done;
        }
        else if (kind == RequestKind.Human && await handoff.WhenBackAsync(turn.Context, state.Informal == true, cancellationToken) is { } back)
        {
            // Closed: no number that nobody answers, but when someone is back, and the call back's question after it.
            turn.Say(back);
        }
        else
        {
            turn.Say(Fill(turn, turn.Wording.HumanContact));
        }

        if (!state.HasConsent)
        {
            state.PendingRequest = kind;
            turn.SayApart(Fill(turn, turn.Wording.RequestConsent));
            turn.Offer(turn.Wording.ChoicesFor(Wording.ConsentChoice));
            return KindOutcome.Done;
        }

        var callTime = kind != RequestKind.Complaint ? _callTimes.Read(text, turn.Locale, turn.ReferenceTime, understood) : null;
        if (kind == RequestKind.Complaint && state.Requests.Count > 0 && state.Requests[^1] is { Kind: RequestKind.Complaint, Declined: false, CallTime: null })
        {
            // "Und wann kommt endlich jemand?" right after the complaint, before its call back is arranged: the same complaint, said on.
            AddDetails(turn, kind, text, null);
        }
        else
        {
            Record(turn, kind, text, callTime);
        }
        ApplyContact(turn, understood, text);
        AskCallback(turn, kind == RequestKind.Complaint ? RequestKind.Complaint : RequestKind.Callback, callTime is not null);
        return KindOutcome.Done;
    }

    /// <summary>Consent was just given to a customer who asked for a call back before: ask for the number (and a time).</summary>
    public void TakeUpAfterConsent(InterviewTurn turn, Understood understood, string text)
    {
        var kind = turn.State.PendingRequest ?? RequestKind.Callback;
        turn.State.PendingRequest = null;
        // The wish itself is on the profile from now on, even if the customer gives no number: the owner sees that someone asked.
        // Its words were not kept before consent, so the request says what was wished for in the customer's language.
        Record(turn, kind, turn.Wording.RequestKinds.GetValueOrDefault(kind, kind));
        // The interview's next question is the one on screen once the call back's details are given or passed over, so an answer
        // to it ("Kerstin Vogel") lands there.
        flow.PointAtNext(turn);
        ApplyContact(turn, understood, text);
        AskCallback(turn, kind == RequestKind.Complaint ? RequestKind.Complaint : RequestKind.Callback, understood.CallTime is not null);
    }

    /// <summary>A message while a call back's details are asked for: a number or a time completes it, "nein" drops it; anything else
    /// goes its normal way (and the offer lapses).</summary>
    public KindOutcome TakeCallbackDetails(InterviewTurn turn, string text, Understood understood)
    {
        var state = turn.State;
        var pending = state.Callback!;
        // A time of day in words the date model does not read ("am Vormittag bitte") is kept as the customer said it.
        var time = _callTimes.Read(text, turn.Locale, turn.ReferenceTime, understood)
            ?? (understood.Phone is null && CallTimeInWords.InWords(turn, text, understood) ? new CallTime(text.Trim()) : null);
        if (pending.TimeMayFollow)
        {
            return LateTime(turn, pending, text, understood, time);
        }
        if (understood.Phone is null && time is null)
        {
            state.Callback = null;
            if (understood.YesNo != YesNo.No || (understood.Kind is not (MessageKind.No or MessageKind.None) && !GoesOn(turn, text, understood)))
            {
                return KindOutcome.NotHandled;
            }

            // "Nein, danke" is an answer too: the request that led to the offer says the call back is not wanted.
            if (state.HasConsent && state.Requests.Count > 0 && !state.Requests[^1].Declined)
            {
                state.Requests[^1] = state.Requests[^1] with { Declined = true };
                turn.ProfileChanged = true;
            }

            turn.Say(Fill(turn, turn.Wording.CallbackDeclined));
            OfferInterview(turn, pending.Kind);
            return KindOutcome.Done;
        }

        ApplyContact(turn, understood, text);
        // A number given for a complaint belongs to it; a call back asked for in words ("call me back on …") is a request of its own.
        var kind = pending.Kind == RequestKind.Complaint && understood.Kind == MessageKind.Callback ? RequestKind.Callback : pending.Kind;
        // A number without a time is recorded as "any time" once; a time given before stays the one that counts.
        AddDetails(turn, kind, text, time ?? (pending.HasTime ? null : new CallTime("", Open: true)));
        pending.HasTime |= time is not null;
        if (state.Values.Text(SlotNames.Phone) is null)
        {
            pending.NeedsNumber = true;
            turn.Say(turn.Wording.CallbackAskNumberAgain);
            return KindOutcome.Done;
        }

        // Arranged; a time given in the next message, as asked for with the number, still belongs to it.
        state.Callback = pending.HasTime ? null : new PendingCallback { Kind = kind, TimeMayFollow = true };
        turn.Say(Fill(turn, turn.Wording.CallbackArranged));
        OfferInterview(turn, pending.Kind);
        return KindOutcome.Done;
    }

    /// <summary>"nein, passt schon, dann machen wir das hier": after the no only a yes to going on, no answer of its own.</summary>
    private bool GoesOn(InterviewTurn turn, string text, Understood understood)
    {
        var rest = understood.Remainder.Trim();
        if (rest.Length == 0)
        {
            return true;
        }

        // A value of its own ("no thats fine. my name is Priya Shah") makes the message an answer; words alone are read on their own.
        if (flow.Read(turn, understood, text, null).Any(f => f.Field is not (SlotNames.Wish or SlotNames.Vision)))
        {
            return false;
        }

        var again = understanding.Understand(rest, turn.Locale, null, turn.ReferenceTime);
        return again.YesNo == YesNo.Yes || again.Kind is MessageKind.Resume or MessageKind.Yes;
    }

    /// <summary>The message after a call back arranged with the number alone: a short time ("egal wann", "nachmittags") completes it
    /// and the question on screen comes again; anything else answers the interview (a deadline is never read as a call time).</summary>
    private KindOutcome LateTime(InterviewTurn turn, PendingCallback pending, string text, Understood understood, CallTime? time)
    {
        var state = turn.State;
        state.Callback = null;
        if (time is null || understood.Phone is not null || state.CurrentSlot == SlotNames.Timeframe
            || MessageWords.Of(text).Length > MaxWordsOfLateTime)
        {
            return KindOutcome.NotHandled;
        }

        AddDetails(turn, pending.Kind, text, time);
        turn.Say(Fill(turn, turn.Wording.CallbackArranged));
        if (state.Phase != InterviewPhase.Asking)
        {
            return KindOutcome.Answered;
        }

        if (flow.Questions.Find(state.CurrentSlot) is { } question && !question.IsAnswered(state.Values))
        {
            turn.Say(question.Ask(turn.Wording));
        }
        else
        {
            flow.AskNext(turn);
        }

        return KindOutcome.Done;
    }

    private const int MaxWordsOfLateTime = 5;

    /// <summary>Adds a request to the profile (after consent only; the owner is told of it through the notification outbox), with
    /// when a call back suits where that was asked.</summary>
    public static void Record(InterviewTurn turn, string kind, string text, CallTime? callTime = null)
    {
        if (turn.State.HasConsent && !string.IsNullOrWhiteSpace(text))
        {
            turn.State.Requests.Add(new ProfileRequest(kind, text, turn.Now) { CallTime = callTime });
            turn.ProfileChanged = true;
        }
    }

    /// <summary>The details (a number, a good time) belong to the wish they answer: one request per wish, so the owner reads it
    /// as one thing to do. A wish for a person whose details were given has become a call back.</summary>
    private static void AddDetails(InterviewTurn turn, string kind, string text, CallTime? callTime)
    {
        var requests = turn.State.Requests;
        var index = requests.FindLastIndex(r => r.Kind == kind || (kind == RequestKind.Callback && r.Kind == RequestKind.Human));
        if (index < 0 || !turn.State.HasConsent || string.IsNullOrWhiteSpace(text))
        {
            Record(turn, kind, text, callTime);
            return;
        }

        // Dated now, so what changed shows as new to whoever reads the requests by time.
        // A wish noted at consent only by its kind ("Rückruf") gets the customer's own words instead.
        var before = requests[index].Text;
        var words = turn.Wording.RequestKinds.ContainsValue(before) ? text.Trim() : before + " – " + text.Trim();
        requests[index] = new ProfileRequest(kind, words, turn.Now)
        {
            CallTime = callTime ?? requests[index].CallTime,
        };
        turn.ProfileChanged = true;
    }

    private void AskCallback(InterviewTurn turn, string kind, bool hasTime)
    {
        var phone = turn.State.Values.Text(SlotNames.Phone);
        if (phone is not null && !hasTime && kind == RequestKind.Callback && turn.State.Phase == InterviewPhase.Asking
            && turn.State.CurrentSlot == SlotNames.Contact && flow.Questions.Find(SlotNames.Contact)?.IsAnswered(turn.State.Values) == true)
        {
            // "could someone ring me back instead? 07911 …" to the contact question: the number answers it too, so the call back is
            // arranged and the interview goes on to what is left (the summary); a time said next still belongs to the call back.
            turn.State.Callback = new PendingCallback { Kind = kind, TimeMayFollow = true };
            turn.Say(Fill(turn, turn.Wording.CallbackArranged));
            flow.AskNext(turn);
            return;
        }

        if (phone is null || !hasTime)
        {
            turn.State.Callback = new PendingCallback { Kind = kind, NeedsNumber = phone is null, HasTime = hasTime };
            turn.Say(phone is null
                ? Fill(turn, turn.Wording.CallbackAskNumber)
                : Wording.Fill(Fill(turn, turn.Wording.CallbackAskTime), ("phone", CustomerText.Markdown(Questions.ContactQuestion.Grouped(phone)))));
            return;
        }

        turn.Say(Fill(turn, turn.Wording.CallbackArranged));
        OfferInterview(turn, kind);
    }

    /// <summary>The rest of the interview, offered and not forced; never after a complaint (no sales questions then).</summary>
    private void OfferInterview(InterviewTurn turn, string kind)
    {
        if (kind == RequestKind.Complaint || turn.State.Phase != InterviewPhase.Asking)
        {
            return;
        }

        turn.Say(turn.Wording.OfferInterview);
        if (flow.Questions.Find(turn.State.CurrentSlot) is { } question && !question.IsAnswered(turn.State.Values))
        {
            turn.Say(question.Ask(turn.Wording));
        }
        else
        {
            flow.AskNext(turn);
        }
    }

    /// <summary>The number given for the call back, and an e-mail address given with it ("079 482 36 15 oder monika@…"): both are the customer's contact.</summary>
    private void ApplyContact(InterviewTurn turn, Understood understood, string text)
    {
        if (understood.Phone is not null && turn.State.HasConsent)
        {
            flow.Apply(turn, [.. flow.Read(turn, understood, text, null).Where(f => f.Field is SlotNames.Phone or SlotNames.Email)]);
        }
    }

    private string Fill(InterviewTurn turn, string template) =>
        Wording.Fill(template, ("business", options.Value.BusinessName), ("contact", options.Value.BusinessContact), ("privacyUrl", options.Value.PrivacyUrl));
}
