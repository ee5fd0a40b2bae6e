namespace PartnerBot.Understanding;

/// <summary>Decides a message's <see cref="MessageKind"/> from what was recognised in it (the corpus README's rules).</summary>
internal static class MessageKinds
{
    /// <summary>The kind of a message that is no command.</summary>
    /// <param name="phrased">The kind a phrase list tells (<see cref="KindRecognizer.ByPhrases"/>), read once per message.</param>
    /// <param name="hasValue">A slot value was found (a name, wish, timeframe, budget, e-mail or phone, or an attempted address).</param>
    /// <param name="hasStrongValue">A value that only an answer gives: an e-mail address, phone number or amount.</param>
    public static MessageKind Decide(string text, string? expectedSlot, MessageKind? phrased, YesNo yesNo, bool hasValue, bool hasStrongValue)
    {
        var answer = yesNo switch { YesNo.Yes => MessageKind.Yes, YesNo.No => MessageKind.No, _ => MessageKind.None };

        // On the consent question the yes/no is the answer, whatever else the message gives.
        if (expectedSlot == SlotNames.Consent && answer != MessageKind.None && phrased is null)
        {
            return answer;
        }

        // "na, passt ned" to the consent or the summary refuses; the same words about an order would complain.
        if (expectedSlot is SlotNames.Consent or SlotNames.Summary && answer != MessageKind.None && phrased == MessageKind.Complaint && MessageWords.Of(text).Length <= 4)
        {
            return answer;
        }

        if (phrased is { } kind)
        {
            return kind;
        }

        if (!hasValue && answer == MessageKind.None && KindRecognizer.IsAngry(text))
        {
            return MessageKind.Complaint;
        }

        // "Na, wie geht's?" is small talk, not a question for the business; asked as a question it stays small talk even where one
        // of its words reads as a value ("how are you today?").
        if (!hasStrongValue && answer == MessageKind.None && (!hasValue || KindRecognizer.IsMarkedQuestion(text)) && KindRecognizer.IsGreeting(text))
        {
            return MessageKind.Greeting;
        }

        // A question word without a question mark that gives a value answers ("wann immer es passt", "wie wär's mit März").
        if (KindRecognizer.IsQuestion(text) && !hasStrongValue && answer == MessageKind.None && (KindRecognizer.IsMarkedQuestion(text) || !hasValue))
        {
            // Asked while a question is on screen and about that question ("Reicht der Vorname?"): a clarification.
            return expectedSlot is not null && (KindRecognizer.IsAboutTheQuestion(text) || KindRecognizer.IsChoiceQuestion(text) || KindRecognizer.IsShortClarification(text)) ? MessageKind.Clarification : MessageKind.Question;
        }

        if (hasValue)
        {
            return MessageKind.Answer;
        }

        if (answer != MessageKind.None)
        {
            return answer;
        }

        return KindRecognizer.IsGreeting(text) ? MessageKind.Greeting : MessageKind.None;
    }

    /// <summary>Drops what a request only seems to give: "morgen Vormittag anrufen" is when to call, "Bestellung vom 12.11." a past order,
    /// "ich will nicht mit einem Bot reden" no wish; a refusal carries no wish either. A callback or a wish for a person keeps the data given with it.</summary>
    public static Understood Settle(Understood understood) => understood.Kind switch
    {
        MessageKind.Question or MessageKind.AboutBot or MessageKind.Privacy or MessageKind.Clarification or MessageKind.OfferDu or MessageKind.Resume => understood with
        {
            Wish = null,
            Timeframe = null,
            Urgent = false,
            OpenTimeframe = false,
            BudgetText = null,
            Budget = understood.Kind == MessageKind.Question ? null : understood.Budget,
        },
        MessageKind.Complaint => understood with { Wish = null, Timeframe = null, Urgent = false, OpenTimeframe = false, Budget = null, BudgetText = null },
        // Without a wish, a time in a callback is when to call ("morgen Vormittag anrufen"); with one, it is the wish's deadline.
        MessageKind.Callback when RequestFree(understood.Wish) is null => understood with { CallTime = understood.Timeframe, Wish = null, Timeframe = null, Urgent = false, OpenTimeframe = false },
        MessageKind.Human => understood with { Wish = RequestFree(understood.Wish) },
        // A refusal gives no deadline either: "not today", "heute nicht" say when not to go on.
        MessageKind.No => understood with { Wish = null, Timeframe = null, Urgent = false, OpenTimeframe = false },
        _ => understood,
    };

    /// <summary>The wish unless it is the request itself ("nicht mit einem Bot reden").</summary>
    private static TextMatch? RequestFree(TextMatch? wish) => wish is not null && KindRecognizer.ByPhrases(wish.Value) is null ? wish : null;
}
