using System.Globalization;
using Microsoft.Bot.Builder;
using PartnerBot.Profiles;

namespace PartnerBot.Interview;

/// <summary>One turn of the interview: its state, its wording and what the bot will say.</summary>
internal sealed class InterviewTurn(ITurnContext context, InterviewState state, Wording wording, string locale, DateTimeOffset now)
{
    private readonly List<string> _messages = [];
    private IReadOnlyList<string> _choices = [];
    private bool _break;

    public ITurnContext Context { get; } = context;
    public InterviewState State { get; } = state;
    /// <summary>The turn's wording; it changes to du when the customer offers du.</summary>
    public Wording Wording { get; set; } = wording;

    /// <summary>True when the turn before asked whether to erase everything (the question holds for this one turn only).</summary>
    public bool EraseAsked { get; init; }

    /// <summary>True when the customer is addressed with du.</summary>
    public bool Informal => State.Informal == true;
    /// <summary>The page's locale: messages are read in its region (a national phone number, a bare amount's currency).</summary>
    public string Locale { get; } = locale;

    /// <summary>The locale the bot speaks in: the page's, or the language the customer chose (see <see cref="Listening.SpokenLanguage.LocaleFor"/>).</summary>
    public string SpokenLocale { get; set; } = locale;

    /// <summary>How dates and amounts are shown to the customer.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(SpokenLocale);
    /// <summary>The server's clock at the start of the turn: when entries were given.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The customer's "today" for relative dates: their local time when the channel sent it.</summary>
    public DateTimeOffset ReferenceTime { get; init; } = now;

    /// <summary>The customer's state, once loaded (only after consent: nothing is kept about customers who decline).</summary>
    public PartnerState? Partner { get; set; }

    /// <summary>Entries to append to the profile at the end of the turn.</summary>
    public List<ProfileEntry> NewEntries { get; } = [];

    /// <summary>True when the profile's fields changed in this turn.</summary>
    public bool ProfileChanged { get; set; }

    /// <summary>True once the customer's data was erased: nothing may be written after that.</summary>
    public bool Erased { get; set; }

    /// <summary>False when the replies quote stored data ("meine Daten"): they are sent, but not kept in the dialog state for a re-delivery.</summary>
    public bool KeepReplies { get; set; } = true;

    /// <summary>The turn's messages; a turn never sends more than two.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>The answers offered as buttons on the turn's last message (empty: none); their texts are understood as typed answers.</summary>
    public IReadOnlyList<string> Choices => _choices;

    /// <summary>Offers <paramref name="choices"/> as buttons on the turn's last message; a later call replaces them, no choices remove them.</summary>
    public void Offer(params string[] choices) => _choices = [.. choices.Where(c => !string.IsNullOrWhiteSpace(c))];

    /// <summary>Adds text to the current message.</summary>
    public void Say(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (_messages.Count == 0 || (_break && _messages.Count < 2))
        {
            _messages.Add(text);
        }
        else
        {
            _messages[^1] = _messages[^1] + (_break ? "\n\n" : " ") + text;
        }

        _break = false;
    }

    /// <summary>Adds text as a message of its own (merged into the second when there are already two); what is said after it goes
    /// into a message of its own too, so a list never runs into the next question.</summary>
    public void SayApart(string text)
    {
        _break = true;
        if (_messages.Count < 2)
        {
            _messages.Add(text);
        }
        else
        {
            _messages[^1] = _messages[^1] + "\n\n" + text;
        }
    }

    /// <summary>Records an entry of the customer's profile for this turn's activity; before consent nothing is recorded.</summary>
    public void Record(Finding finding)
    {
        var activity = Context.Activity;
        var entry = new ProfileEntry(finding.Field, finding.Text, finding.Value, Now, activity.Conversation?.Id ?? "", activity.ChannelId ?? "", activity.Id);
        if (State.HasConsent)
        {
            NewEntries.Add(entry);
            ProfileChanged = true;
        }
    }
}
