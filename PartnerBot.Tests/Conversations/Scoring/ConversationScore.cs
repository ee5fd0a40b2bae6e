namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>How one conversation did: each scored field right or not ("+budget": a budget stored that the customer never gave).</summary>
public sealed record ConversationScore(Conversation Conversation, IReadOnlyList<(string Field, bool Right)> Checks)
{
    /// <summary>True when the status and every field are right and nothing was stored that the customer did not give.</summary>
    public bool FullyRight => Checks.All(c => c.Right);

    /// <summary>The fields that were wrong, in report order.</summary>
    public IEnumerable<string> Wrong => Checks.Where(c => !c.Right).Select(c => c.Field);
}
