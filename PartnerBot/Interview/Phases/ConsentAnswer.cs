using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The yes or no a message gives to the consent question, also where the understanding reads none at the start: a yes
/// that comes last ("oh go on then, yes"), a wish to go on ("weitermachen"), a yes behind a greeting ("hey yes").</summary>
internal static class ConsentAnswer
{
    /// <summary>Yes, no, or none when the message does not answer the consent question.</summary>
    public static YesNo Of(InterviewTurn turn, string text, Understood understood, ITextUnderstanding understanding)
    {
        if (understood.YesNo != YesNo.None)
        {
            return understood.YesNo;
        }

        if (ClosingYes.In(text, turn.Wording) || understood.Kind == MessageKind.Resume)
        {
            return YesNo.Yes;
        }

        // What the understanding left after taking the greeting off ("hey yes" leaves "yes") answers on its own.
        var rest = understood.Remainder.Trim();
        if (rest.Length == 0 || rest.Length >= text.Trim().Length)
        {
            return YesNo.None;
        }

        return understanding.Understand(rest, turn.Locale, SlotNames.Consent, turn.ReferenceTime).YesNo;
    }
}
