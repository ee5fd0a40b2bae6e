using PartnerBot.Profiles;

namespace PartnerBot.Interview;

/// <summary>The dialog state of one conversation, kept in ConversationState: where the interview stands and what was understood.</summary>
public sealed class InterviewState
{
    public InterviewPhase Phase { get; set; } = InterviewPhase.New;

    /// <summary>The question asked last, or null.</summary>
    public string? CurrentSlot { get; set; }

    /// <summary>Answers to <see cref="CurrentSlot"/> that did not fit.</summary>
    public int Misses { get; set; }

    /// <summary>Messages that answered other questions while <see cref="CurrentSlot"/> was on screen.</summary>
    public int Sidesteps { get; set; }

    /// <summary>Slots asked so far, in order, for "zurück".</summary>
    public List<string> Asked { get; set; } = [];

    /// <summary>Slots the customer skipped or that were skipped after misses.</summary>
    public List<string> Skipped { get; set; } = [];

    /// <summary>A deadline given to another question without a deadline phrase ("im März"), waiting for the customer's yes; its
    /// customer words and its stored value in <see cref="UnsureText"/> and <see cref="Unsure"/>.</summary>
    public ProfileAnswers Unsure { get; set; } = new();

    /// <summary>The customer's words of the value in <see cref="Unsure"/>.</summary>
    public string? UnsureText { get; set; }

    /// <summary>True when the customer offered du (or the business says du): the bot answers in du.</summary>
    public bool? Informal { get; set; }

    /// <summary>True while "Daten löschen" waits for the customer's "ja".</summary>
    public bool EraseAsked { get; set; }

    /// <summary>The values collected after consent; empty before (what a customer writes before consenting is never stored).</summary>
    public ProfileAnswers Values { get; set; } = new();

    /// <summary>The profile this conversation writes to, once consent was given.</summary>
    public string? ProfileId { get; set; }

    /// <summary>What the customer asked of the business in this profile (after consent only).</summary>
    public List<ProfileRequest> Requests { get; set; } = [];

    /// <summary>The kind of a request made before consent (a person, a call back, a complaint), so a "ja" can take it up; never the customer's words.</summary>
    public string? PendingRequest { get; set; }

    /// <summary>A call back the bot is asking the number or a good time for, or null.</summary>
    public PendingCallback? Callback { get; set; }

    /// <summary>How often the consent question was asked again, so it is never asked in the same words twice running.</summary>
    public int ConsentPrompts { get; set; }

    /// <summary>A returning customer's last profile status while they choose what comes next (<see cref="InterviewPhase.Returned"/>).</summary>
    public string? ReturnedStatus { get; set; }

    /// <summary>The language the customer chose to go on in (<c>en</c>), when it is not the page's; null: the page's.</summary>
    public string? Language { get; set; }

    /// <summary>The language the customer's last clear message was written in, when the bot does not speak it: a second one in a row switches.</summary>
    public string? LanguageRun { get; set; }

    /// <summary>The languages offered to go on in, each offered once.</summary>
    public List<string> LanguagesOffered { get; set; } = [];

    public DateTimeOffset? ConsentAt { get; set; }
    public string? ConsentVersion { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public string? Locale { get; set; }

    /// <summary>The ids of the latest activities handled, so a channel's re-delivery is not handled twice.</summary>
    public List<string> HandledActivityIds { get; set; } = [];

    /// <summary>What the bot answered to the latest activity, replayed when a channel re-delivers it with expectReplies.</summary>
    public List<string> LastReplies { get; set; } = [];

    /// <summary>True once consent was given in this conversation.</summary>
    public bool HasConsent => ConsentAt is not null;

    /// <summary>Before consent: drops anything of the customer's, so the stored state holds the phase and nothing they wrote.</summary>
    /// <remarks>Also cleans a state stored by an earlier version, which kept values given before consent.</remarks>
    public void ForgetUnconsented()
    {
        if (HasConsent)
        {
            return;
        }

        Values = new ProfileAnswers();
        Unsure = new ProfileAnswers();
        UnsureText = null;
        CurrentSlot = null;
        Asked.Clear();
        Skipped.Clear();
        Requests.Clear();
        Callback = null;
    }
}
