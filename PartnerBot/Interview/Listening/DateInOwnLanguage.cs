using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>A date written in the language the customer writes in rather than the page's: "am 14. Mai" on an English page, after the
/// customer went on in German. Too short to tell its language, it is read in the page's language and gives nothing; the customer's
/// language (the one chosen, or the one their last clear message was in) reads it.</summary>
internal static class DateInOwnLanguage
{
    /// <summary><paramref name="understood"/> with the date read in the customer's language, when the timeframe question is on screen
    /// and the page's reading found no timeframe; else <paramref name="understood"/> as it is.</summary>
    public static Understood Read(ITextUnderstanding understanding, InterviewTurn turn, string text, Understood understood)
    {
        var state = turn.State;
        if (state.CurrentSlot != SlotNames.Timeframe || understood.Timeframe is not null || understood.Urgent || understood.OpenTimeframe
            || understood.Kind is not (MessageKind.None or MessageKind.Answer) || (state.Language ?? state.LanguageRun) is not { } language)
        {
            return understood;
        }

        // The page's region stays (a phone number, a bare amount); only the date is taken from the second reading.
        var locale = SpokenLanguage.LocaleFor(turn.Locale, language);
        if (string.Equals(locale, turn.Locale, StringComparison.OrdinalIgnoreCase)
            || understanding.Understand(text, locale, SlotNames.Timeframe, turn.ReferenceTime) is not { Timeframe: { } date, Kind: MessageKind.Answer })
        {
            return understood;
        }

        return understood with { Timeframe = date, Kind = MessageKind.Answer };
    }
}
