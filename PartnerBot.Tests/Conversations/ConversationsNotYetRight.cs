namespace PartnerBot.Tests.Conversations;

/// <summary>The build conversations whose profile the bot does not get fully right yet; each must still be wrong. Take an id off once its conversation is right.</summary>
public static class ConversationsNotYetRight
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "at-18", "at-19", "at-22", "at-24", "at-28", "ch-18", "ch-20", "ch-21", "ch-28", "de-109", "de-110", "de-90", "de-91", "de-96", "en-124", "en-132", "en-135", "mx-14", "mx-16", "mx-17"
    };
}
