using System.Globalization;
using Microsoft.Bot.Schema;

namespace PartnerBot.WebChat;

/// <summary>How every log gives an activity its id and server timestamp.</summary>
public static class DirectLineStamp
{
    /// <summary>The id of the activity logged at <paramref name="sequence"/>: the conversation id, <c>|</c>, the sequence (never <c>/</c>: the Connector puts ids in paths).</summary>
    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>The next timestamp of a conversation: one clock, millisecond precision (what JavaScript keeps), strictly increasing,
    /// because Web Chat orders by timestamp.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, DateTimeOffset last)
    {
        now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return now > last ? now : last.AddMilliseconds(1);
    }

    /// <summary>Stamps <paramref name="activity"/> with its id and timestamp and returns it as the JSON the log keeps.</summary>
    public static string Apply(Activity activity, string conversationId, long sequence, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = ActivityId(conversationId, sequence);
        activity.Timestamp = timestamp;
        return DirectLineJson.Serialize(activity);
    }

    /// <summary>A timestamp as the SQL logs keep it (Unix milliseconds).</summary>
    public static long ToUnixMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    /// <summary>Unix milliseconds back to a timestamp.</summary>
    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
