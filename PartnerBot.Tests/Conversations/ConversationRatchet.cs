namespace PartnerBot.Tests.Conversations;

/// <summary>Per part and language group, the shares in percent reached so far: conversations whose profile is fully right, and fields right.
/// Raise a floor when the conversation improves; it may never fall.</summary>
public static class ConversationRatchet
{
    public static readonly Dictionary<string, Dictionary<string, (double Conversations, double Fields)>> Floors = new(StringComparer.Ordinal)
    {
    };
}
