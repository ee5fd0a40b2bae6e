namespace PartnerBot.WebChat;

/// <summary>What the log knows of one local Direct Line conversation: who it is with, its watermark and its size.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The customer's server-chosen user id (<c>dl_…</c>).</param>
/// <param name="UserName">The customer's name as the page gave it, if any.</param>
/// <param name="Locale">The conversation's locale.</param>
public sealed record DirectLineConversationInfo(string Id, string UserId, string? UserName, string Locale)
{
    /// <summary>The current watermark (entries appended so far; it never goes back).</summary>
    public long Watermark { get; init; }

    /// <summary>Whether its customer's data was erased.</summary>
    public bool Erased { get; init; }

    /// <summary>When it was last used.</summary>
    public DateTimeOffset LastTouched { get; init; }

    /// <summary>The bytes its logged activities take now.</summary>
    public long Bytes { get; init; }
}
