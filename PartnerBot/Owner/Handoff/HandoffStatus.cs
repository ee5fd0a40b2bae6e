namespace PartnerBot.Owner.Handoff;

/// <summary>Where a conversation stands between the bot and a person of the business.</summary>
public enum HandoffStatus
{
    /// <summary>The bot answers (never asked for a person, handed back, or nobody came in time).</summary>
    Bot,

    /// <summary>The customer asked for a person; the conversation is in the "Wartet auf Sie" queue.</summary>
    Waiting,

    /// <summary>A staff member has taken over; the bot is silent.</summary>
    Held,

    /// <summary>The staff member ended the chat; the bot answers again if the customer writes.</summary>
    Ended,
}
