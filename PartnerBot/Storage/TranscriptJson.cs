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

    /// <summary>An activity given only as <see cref="IActivity"/> (another implementation) as the schema's <see cref="Activity"/>.</summary>
    public static Activity AsActivity(IActivity activity) => (Activity)Deserialize(Serialize(activity));

    /// <summary>True for a <c>messageUpdate</c> or <c>messageDelete</c>: it changes an activity already in the transcript instead of adding one.</summary>
    public static bool ChangesAnother(IActivity activity) =>
        activity.Type is ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete && !string.IsNullOrEmpty(activity.Id);

    /// <summary>What the transcript keeps in place of <paramref name="original"/> after <paramref name="change"/>, as the SDK's stores keep it:
    /// the updated message with the original's time, or a tombstone that keeps the position and nothing the customer wrote.</summary>
    public static Activity Replacement(Activity original, IActivity change)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Type == ActivityTypes.MessageUpdate)
        {
            var updated = AsMessage(change);
            updated.Timestamp = original.Timestamp;
            updated.LocalTimestamp = original.LocalTimestamp;
            return updated;
        }

        return new Activity
        {
            Type = ActivityTypes.MessageDelete,
            Id = original.Id,
            From = new ChannelAccount(id: "deleted", role: original.From?.Role),
            Recipient = new ChannelAccount(id: "deleted", role: original.Recipient?.Role),
            Locale = original.Locale,
            LocalTimestamp = original.Timestamp,
            Timestamp = original.Timestamp,
            ChannelId = original.ChannelId,
            Conversation = original.Conversation,
            ServiceUrl = original.ServiceUrl,
            ReplyToId = original.ReplyToId,
        };
    }

    /// <summary>What is stored for a change whose original the transcript does not hold: an update as the message it now is, a delete as nothing.</summary>
    public static Activity? Orphan(IActivity change) => change.Type == ActivityTypes.MessageUpdate ? AsMessage(change) : null;

    /// <summary>A copy of an update as the message it now is.</summary>
    private static Activity AsMessage(IActivity change)
    {
        var message = (Activity)Deserialize(Serialize(change));
        message.Type = ActivityTypes.Message;
        return message;
    }

    /// <summary>The continuation token for a page: a full page always offers a next one (which may be empty), as the SDK's stores do.</summary>
    public static string? NextToken<T>(IReadOnlyList<T> page, Func<T, string> token) =>
        page.Count >= PageSize ? token(page[^1]) : null;

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
