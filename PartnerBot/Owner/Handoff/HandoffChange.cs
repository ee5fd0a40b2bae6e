namespace PartnerBot.Owner.Handoff;

/// <summary>What a staff member's action on a handoff came to.</summary>
public enum HandoffChange
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such handoff.</summary>
    NotFound,

    /// <summary>Not possible in its state: someone else holds it, or it is no longer open.</summary>
    Conflict,
}
