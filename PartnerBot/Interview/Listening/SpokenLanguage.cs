using System.Globalization;
using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>The language the bot speaks in a conversation: the page's, until the customer writes in another language the bot
/// speaks. The first clear message in it gets an offer, in that language, beside the answer; a second one in a row, or a message
/// that asks for it ("english please", "auf Deutsch bitte"), switches. Messages are still read in the page's region (a national
/// phone number, the currency of a bare amount).</summary>
internal sealed class SpokenLanguage(WordingCatalog wordings)
{
    private readonly LanguageRegistry _registry = LanguageRegistry.Shared;

    /// <summary>Speaks the language the customer chose before (kept in the dialog state) in this turn.</summary>
    public void Apply(InterviewTurn turn)
    {
        turn.SpokenLocale = LocaleFor(turn.Locale, turn.State.Language);
        if (turn.SpokenLocale != turn.Locale)
        {
            turn.Wording = wordings.For(turn.SpokenLocale, turn.Informal);
        }
    }

    /// <summary>True when the whole message asks for a language ("English, please"): the turn goes on in it and says so.</summary>
    public bool Requested(InterviewTurn turn, string text)
    {
        var message = Normalized(text);
        var asked = _registry.Languages.FirstOrDefault(l => wordings.For(l.Code).LanguageRequests.Any(r => Normalized(r) == message));
        if (asked is null)
        {
            return false;
        }

        SwitchTo(turn, asked.Code);
        return true;
    }

    /// <summary>Notices the language a message is clearly written in, before it is handled as usual: offers it once, and switches
    /// to it when the message before was in it too.</summary>
    public void Notice(InterviewTurn turn, string text)
    {
        var written = LanguageGuess.Clear(MessageWords.Of(text));
        var spoken = _registry.Resolve(turn.SpokenLocale).Language.Code;
        if (written is null || _registry.Find(written) is null)
        {
            return; // too few words to tell ("Anna", "5000 €"): the run goes on
        }

        var state = turn.State;
        if (written == spoken)
        {
            state.LanguageRun = null;
            return;
        }

        if (state.LanguageRun == written)
        {
            SwitchTo(turn, written);
            return;
        }

        state.LanguageRun = written;
        if (!state.LanguagesOffered.Contains(written))
        {
            state.LanguagesOffered.Add(written);
            turn.Say(wordings.For(written, turn.Informal).LanguageOffer);
        }
    }

    private void SwitchTo(InterviewTurn turn, string language)
    {
        var page = _registry.Resolve(turn.Locale).Language.Code;
        turn.State.Language = language == page ? null : language;
        turn.State.LanguageRun = null;
        Apply(turn);
        turn.Wording = wordings.For(turn.SpokenLocale, turn.Informal);
        turn.Say(turn.Wording.LanguageSwitched);
    }

    /// <summary>The locale spoken on a page in <paramref name="pageLocale"/> when the customer chose <paramref name="language"/>:
    /// the language in the page's region ("en-DE": English words, dates and amounts as in Germany), or the page's own.</summary>
    public static string LocaleFor(string pageLocale, string? language)
    {
        var registry = LanguageRegistry.Shared;
        var page = registry.Resolve(pageLocale);
        if (language is null || registry.Find(language) is not { } chosen || chosen.Code == page.Language.Code)
        {
            return page.Name;
        }

        var name = $"{chosen.Code}-{page.Name[(page.Name.IndexOf('-') + 1)..]}";
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0 ? name : registry.Resolve(chosen.Code).Name;
        }
        catch (CultureNotFoundException)
        {
            return registry.Resolve(chosen.Code).Name;
        }
    }

    private static string Normalized(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', '„', '“', '"', '\''], StringSplitOptions.RemoveEmptyEntries));
}
