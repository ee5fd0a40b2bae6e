namespace PartnerBot.Tests.Conversations;

/// <summary>The build conversations whose profile the bot does not get fully right yet; each must still be wrong. Take an id off once its conversation is right.</summary>
public static class ConversationsNotYetRight
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-03", "ch-01", "ch-02", "de-07", "de-08", "de-11", "de-17", "de-23", "de-24",
        "en-04", "en-05", "en-10", "en-11", "en-18", "fr-02", "mx-01",
    };
}
