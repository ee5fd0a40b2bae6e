namespace PartnerBot.Tests.Conversations;

/// <summary>The build conversations whose profile the bot does not get fully right yet; each must still be wrong. Take an id off once its conversation is right.</summary>
public static class ConversationsNotYetRight
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-19", "at-21", "at-25", "ch-18", "ch-21", "ch-24", "de-95", "de-96", "en-111", "en-119", "en-122"
    };
}
