namespace PartnerBot.WebChat;

/// <summary>One activity in a conversation's replay log, as JSON; blanked (null) when deleted or erased.</summary>
public sealed class DirectLineLogEntry(string activityId, string json, DateTimeOffset? timestamp)
{
    /// <summary>What it holds in memory: the strings as .NET keeps them (two bytes a character) and the entry itself.</summary>
    public long Size { get; } = 2L * (json.Length + activityId.Length) + 64;

    /// <summary>The activity's id (updates log a new entry under the same id).</summary>
    public string ActivityId { get; } = activityId;

    /// <summary>The activity's server timestamp.</summary>
    public DateTimeOffset? Timestamp { get; } = timestamp;

    /// <summary>The activity as sent to the client; null once deleted or erased.</summary>
    public string? Json { get; set; } = json;
}
