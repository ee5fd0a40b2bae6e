namespace PartnerBot.Interview.Listening;

/// <summary>What the message-kind step did with a message.</summary>
internal enum KindOutcome
{
    /// <summary>Nothing: the message is for the phase (an answer, yes or no).</summary>
    NotHandled,

    /// <summary>Answered; the phase says again what it waits for.</summary>
    Answered,

    /// <summary>Answered, and what comes next was said too.</summary>
    Done,
}
