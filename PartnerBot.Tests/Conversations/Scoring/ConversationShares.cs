namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>The two figures of a set of scored conversations, in percent: conversations fully right, and fields right of all fields scored
/// (every expected field, plus every field stored that the customer did not give).</summary>
public static class ConversationShares
{
    /// <summary>Both shares; 100 for an empty set.</summary>
    public static (double Conversations, double Fields) Of(IReadOnlyCollection<ConversationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var checks = scores.SelectMany(s => s.Checks).ToList();
        return (
            scores.Count == 0 ? 100 : 100.0 * scores.Count(s => s.FullyRight) / scores.Count,
            checks.Count == 0 ? 100 : 100.0 * checks.Count(c => c.Right) / checks.Count);
    }
}
