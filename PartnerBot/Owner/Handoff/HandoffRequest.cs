namespace PartnerBot.Owner.Handoff;

/// <summary>What became of a customer's wish for a person.</summary>
public enum HandoffRequest
{
    /// <summary>Within opening hours with someone on the live dashboard: the conversation waits in the queue.</summary>
    Calling,

    /// <summary>Outside opening hours: nobody can come now.</summary>
    Closed,

    /// <summary>Open, but nobody has the live dashboard open.</summary>
    NobodyThere,
}
