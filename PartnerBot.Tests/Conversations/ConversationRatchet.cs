namespace PartnerBot.Tests.Conversations;

/// <summary>Per part and language group, the shares in percent reached so far (rounded down to a tenth): conversations whose profile is
/// fully right, and fields right. Raise a floor when the conversation improves; it may never fall.</summary>
public static class ConversationRatchet
{
    public static readonly Dictionary<string, Dictionary<string, (double Conversations, double Fields)>> Floors = new(StringComparer.Ordinal)
    {
        ["build"] = new(StringComparer.Ordinal)
        {
            ["de"] = (60.8, 85.0), ["at-ch"] = (57.1, 88.8), ["en"] = (35.7, 76.0), ["fr"] = (50.0, 52.3), ["mixed"] = (66.6, 66.6),
        },
        ["heldback"] = new(StringComparer.Ordinal)
        {
            ["de"] = (30.0, 66.6), ["at-ch"] = (66.6, 85.0), ["en"] = (33.3, 73.5), ["fr"] = (50.0, 68.7), ["mixed"] = (0.0, 85.7),
        },
    };
}
