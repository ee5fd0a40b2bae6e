namespace PartnerBot.Tests.Conversations;

/// <summary>The build conversations whose profile the bot does not get fully right yet; each must still be wrong. Take an id off once its conversation is right.</summary>
public static class ConversationsNotYetRight
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        // The understanding does not read these yet: a complaint in Austrian dialect ("geht schon wieder ned", "die's uns eingebaut
        // haben"), a start month as the timeframe ("ab März").
        "at-12", "de-61",
    };
}
