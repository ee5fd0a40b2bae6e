namespace PartnerBot.WebChat;

/// <summary>How every log counts a conversation against <see cref="WebChatOptions.MaxTotalBytes"/>.</summary>
public static class DirectLineLogLimits
{
    /// <summary>What a conversation holds besides its activities (ids, dedupe entries, its row), counted against the total budget.</summary>
    public const long OverheadBytes = 4 * 1024;

    /// <summary>What every conversation takes from the budget when it is created: its overhead and room for its newest activity.</summary>
    public static long ReservedBytes(WebChatOptions settings) => OverheadBytes + AllowanceBytes(settings);

    /// <summary>Room for one activity as held: a body of <see cref="WebChatOptions.MaxActivityBytes"/> UTF-8 bytes is at most as
    /// many UTF-16 characters, plus the fields the channel adds.</summary>
    public static long AllowanceBytes(WebChatOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (2L * settings.MaxActivityBytes) + 2048;
    }
}
