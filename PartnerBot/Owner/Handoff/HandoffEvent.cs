namespace PartnerBot.Owner.Handoff;

/// <summary>Something the live dashboard shows at once: the queue changed, a line was written, someone types.</summary>
/// <param name="Kind"><see cref="Queue"/>, <see cref="Message"/>, <see cref="Typing"/> or <see cref="Status"/>.</param>
/// <param name="HandoffId">The handoff it is about.</param>
/// <param name="Text">A message's text; null otherwise.</param>
/// <param name="Who">Who wrote or types: <see cref="Customer"/>, <see cref="Bot"/> or the staff member's name.</param>
/// <param name="Chat">The handoff as it is now (queue and status events).</param>
public sealed record HandoffEvent(string Kind, string HandoffId, string? Text = null, string? Who = null, HandoffView? Chat = null)
{
    public const string Queue = "queue";
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Status = "status";
    public const string Customer = "customer";
    public const string Bot = "bot";

    /// <summary>True for the events every signed-in person sees (the queue); the others go only to those who have that chat open.</summary>
    public bool ForEveryone => Kind == Queue;
}
