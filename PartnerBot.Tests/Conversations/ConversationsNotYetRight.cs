namespace PartnerBot.Tests.Conversations;

/// <summary>The build conversations whose profile the bot does not get fully right yet; each must still be wrong. Take an id off once its conversation is right.</summary>
public static class ConversationsNotYetRight
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-18", "ch-20", "de-90", "de-91", "de-96", "en-100", "fr-14", "mx-14", "mx-15",
        "at-22", "ch-24", "de-98", "en-107", "en-108", "en-109", "fr-18", "mx-16", "mx-17",
    };
}
