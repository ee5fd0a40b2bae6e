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

    /// <summary>Per language, the messages that ask for it, as <see cref="Normalized"/> compares them (built once).</summary>
    private readonly (string Code, HashSet<string> Requests)[] _requests =
        [.. LanguageRegistry.Shared.Languages.Select(l => (l.Code, wordings.For(l.Code).LanguageRequests.Select(Normalized).ToHashSet(StringComparer.Ordinal)))];

    /// <summary>Speaks the language the customer chose before (kept in the dialog state) in this turn.</summary>
    public void Apply(InterviewTurn turn)
    {
        turn.SpokenLocale = LocaleFor(turn.Locale, turn.State.Language);
        turn.Wording = wordings.For(turn.SpokenLocale, turn.Informal);
    }

    /// <summary>True when the whole message asks for a language ("English, please"): the turn goes on in it and says so.</summary>
    public bool Requested(InterviewTurn turn, string text)
    {
        var message = Normalized(text);
        foreach (var (code, requests) in _requests)
        {
            if (requests.Contains(message))
            {
                SwitchTo(turn, code);
                return true;
            }
        }

        return false;
    }

    /// <summary>Notices the language a message is clearly written in, before it is handled as usual: offers it once, and switches
    /// to it when the message before was in it too.</summary>
    public void Notice(InterviewTurn turn, string text)
    {
        var written = LanguageGuess.Clear(LanguageGuess.WordsOf(text));
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
        turn.Say(turn.Wording.LanguageSwitched);
    }

    /// <summary>The locale spoken on a page in <paramref name="pageLocale"/> when the customer chose <paramref name="language"/>:
    /// the language in the page's region where the language has it (French on a <c>de-CH</c> page: <c>fr-CH</c>), else the language's
    /// own default (English on a German page: <c>en-US</c>, so "3,000" reads as three thousand); without a choice, the page's.</summary>
    public static string LocaleFor(string pageLocale, string? language)
    {
        var registry = LanguageRegistry.Shared;
        var page = registry.Resolve(pageLocale);
        if (language is null || registry.Find(language) is not { } chosen || chosen.Code == page.Language.Code)
        {
            return page.Name;
        }

        var region = page.Name[(page.Name.IndexOf('-') + 1)..];
        return chosen.Regions.ContainsKey(region) ? $"{chosen.Code}-{region}" : registry.Resolve(chosen.Code).Name;
    }

    private static string Normalized(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', '„', '“', '"', '\''], StringSplitOptions.RemoveEmptyEntries));
}
