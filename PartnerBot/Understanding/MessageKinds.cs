namespace PartnerBot.Understanding;

/// <summary>Decides a message's <see cref="MessageKind"/> from what was recognised in it (the corpus README's rules).</summary>
internal static class MessageKinds
{
    /// <summary>The kind of a message that is no command.</summary>
    /// <param name="hasValue">A slot value was found (a name, wish, timeframe, budget, e-mail or phone, or an attempted address).</param>
    /// <param name="hasStrongValue">A value that only an answer gives: an e-mail address, phone number or amount.</param>
    public static MessageKind Decide(string text, string? expectedSlot, YesNo yesNo, bool hasValue, bool hasStrongValue)
    {
        var answer = yesNo switch { YesNo.Yes => MessageKind.Yes, YesNo.No => MessageKind.No, _ => MessageKind.None };

        // On the consent question the yes/no is the answer, whatever else the message gives.
        if (expectedSlot == SlotNames.Consent && answer != MessageKind.None && KindRecognizer.ByPhrases(text) is null)
        {
            return answer;
        }

        if (KindRecognizer.ByPhrases(text) is { } phrased)
        {
            return phrased;
        }

        if (KindRecognizer.IsQuestion(text) && !hasStrongValue && answer == MessageKind.None)
        {
            return MessageKind.Question;
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
}
