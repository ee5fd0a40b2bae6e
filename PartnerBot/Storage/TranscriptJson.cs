using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace PartnerBot.Storage;

/// <summary>What the SQL transcript stores share: the activity JSON, the page size and the opaque continuation tokens.</summary>
internal static class TranscriptJson
{
    /// <summary>Items per page, as the SDK's MemoryTranscriptStore pages.</summary>
    public const int PageSize = 20;

    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = null,
        DateParseHandling = DateParseHandling.None,
    };

    public static string Serialize(IActivity activity) => JsonConvert.SerializeObject(activity, Settings);

    public static IActivity Deserialize(string document) => JsonConvert.DeserializeObject<Activity>(document, Settings)!;

    /// <summary>Checks the activity can be filed: it needs a channel and a conversation.</summary>
    public static (string ChannelId, string ConversationId) Address(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? throw new ArgumentException("The activity has no channel id.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        return (channelId, conversationId);
    }

    /// <summary>A position in a timeline: the instant (UTC ticks) and a tie-breaker.</summary>
    public static string Token(DateTimeOffset at, string tieBreaker) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}:{tieBreaker}");

    /// <summary>Reads a token made by <see cref="Token"/>; null for a token this store did not make.</summary>
    public static (DateTimeOffset At, string TieBreaker)? Parse(string? token)
    {
        var colon = token?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (token is null || colon <= 0 || !long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        return (new DateTimeOffset(ticks, TimeSpan.Zero), token[(colon + 1)..]);
    }
}
