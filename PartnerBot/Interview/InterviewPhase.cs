namespace PartnerBot.Interview;

/// <summary>Where a conversation's interview stands.</summary>
public enum InterviewPhase
{
    /// <summary>Nothing said yet.</summary>
    New,

    /// <summary>Greeted; waiting for the customer's consent.</summary>
    AwaitingConsent,

    /// <summary>A returning customer with an unfinished interview: continue it or start a new wish?</summary>
    AwaitingResumeChoice,

    /// <summary>Asking the slots one by one.</summary>
    Asking,

    /// <summary>The summary was shown; waiting for "ja" or a correction.</summary>
    Confirming,

    /// <summary>The profile is complete.</summary>
    Completed,

    /// <summary>The customer stopped the interview.</summary>
    Cancelled,

    /// <summary>The customer declined consent: nothing personal is stored.</summary>
    Declined,

    /// <summary>A returning customer whose last wish is finished was told where it stands and chooses: something new, a question, go on.</summary>
    Returned,
}
