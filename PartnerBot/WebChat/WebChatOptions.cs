using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using PartnerBot.Languages;

namespace PartnerBot.WebChat;

/// <summary>The website chat: how the page looks, the local Direct Line channel's tokens and limits, and the optional Azure Direct Line.</summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string SectionName = "WebChat";

    /// <summary>The business's name in the page header and the embed's title bar; unset = <c>Bot:BusinessName</c>, the name the bot uses.</summary>
    [StringLength(80)]
    public string? BusinessName { get; set; }

    /// <summary>The page's welcome line per language (<c>WebChat:Welcome:de</c>, <c>WebChat:Welcome:en</c>, <c>WebChat:Welcome:fr</c>); unset languages use the default wording.</summary>
    public Dictionary<string, string> Welcome { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The accent colour as <c>#rrggbb</c>.</summary>
    [Required, RegularExpression("^#[0-9A-Fa-f]{6}$", ErrorMessage = "WebChat:AccentColor must be a colour such as #b5651d.")]
    public string AccentColor { get; set; } = "#b5651d";

    /// <summary>The bot's avatar image (absolute http(s) URL or a path on this site); unset = initials.</summary>
    public string? AvatarUrl { get; set; }

    /// <summary>The initials shown when there is no avatar image.</summary>
    [StringLength(3)]
    public string AvatarInitials { get; set; } = "PB";

    /// <summary>Whether the page's Web Chat uses the WebSocket stream (true) or polls (false).</summary>
    public bool UseWebSocket { get; set; } = true;

    /// <summary>The key tokens are signed with (at least 32 characters); unset = a random key per start, so tokens end with a restart.</summary>
    [MinLength(32, ErrorMessage = "WebChat:TokenSigningKey must be at least 32 characters.")]
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token lives; Web Chat refreshes it every 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:20:00", "1.00:00:00", ErrorMessage = "WebChat:TokenLifetime must be between 20 minutes and one day.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a conversation's tokens can be refreshed, counted from its first token; then the customer starts a new one.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00", ErrorMessage = "WebChat:TokenMaxLifetime must be between one hour and 30 days.")]
    public TimeSpan TokenMaxLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The Azure Direct Line secret; when set the page gets its token from Azure through <c>/api/webchat/token</c>.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Azure's Direct Line endpoint (regional endpoints exist).</summary>
    [Required, Url]
    public string DirectLineEndpoint { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>The bot's id and name in local Direct Line conversations.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string BotId { get; set; } = "partnerbot";

    /// <summary>Retired: the message limit is <c>Bot:MaxMessageLength</c> (page, Direct Line and bot alike); set, start-up fails and says so.</summary>
    [ConfigurationKeyName("MaxMessageLength")]
    public string? RetiredMaxMessageLength { get; set; }

    /// <summary>The largest activity body accepted from a browser.</summary>
    [Range(4 * 1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>The largest upload (activity plus files) accepted.</summary>
    [Range(16 * 1024, 50 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Uploaded files held in memory (all conversations) for their <c>contentUrl</c>; past it the oldest are dropped.</summary>
    [Range(0, 1024L * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Conversations held in memory; past it only unused ones make room, else a new conversation is refused (503).</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 2_000;

    /// <summary>Bytes of activities one conversation keeps for replay (serialized); older ones are trimmed.</summary>
    [Range(64 * 1024, 256L * 1024 * 1024)]
    public long MaxConversationBytes { get; set; } = 1024 * 1024;

    /// <summary>Bytes all conversations hold together (activities plus a fixed share per conversation); past it only unused
    /// conversations make room, else a new one is refused (503).</summary>
    [Range(1024 * 1024, 64L * 1024 * 1024 * 1024)]
    public long MaxTotalBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How long a conversation without an open stream must be untouched before it may be evicted to make room.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MinIdleBeforeEviction { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities kept per conversation for replay; older ones are trimmed (the transcript store keeps them all).</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 300;

    /// <summary>A conversation untouched this long is evicted from memory.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Frames waiting for one slow WebSocket; past it the socket is closed and the client resumes from its watermark.</summary>
    [Range(4, 10_000)]
    public int MaxPendingFramesPerSocket { get; set; } = 256;

    /// <summary>Requests that create or send (token, conversation start, activity, upload) per client IP per minute.</summary>
    [Range(1, 100_000)]
    public int RequestsPerIpPerMinute { get; set; } = 120;

    /// <summary>Activities and uploads per conversation per minute.</summary>
    [Range(1, 10_000)]
    public int ActivitiesPerConversationPerMinute { get; set; } = 30;

    /// <summary>Origins allowed to call the Direct Line and token routes from the browser (the embed on other sites); empty = any origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>True when the page should use Azure's Direct Line instead of the local channel.</summary>
    public bool UsesAzureDirectLine => !string.IsNullOrWhiteSpace(DirectLineSecret);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetiredMaxMessageLength is not null)
        {
            // Refused rather than honoured: a page limit apart from the bot's is what the single setting replaced.
            yield return new ValidationResult(
                "WebChat:MaxMessageLength is no longer read: set Bot:MaxMessageLength, the one limit of the page, Direct Line and the bot.",
                [nameof(RetiredMaxMessageLength)]);
        }

        if (AvatarUrl is { Length: > 0 } avatar
            && !(avatar.StartsWith('/') && !avatar.StartsWith("//", StringComparison.Ordinal))
            && !(Uri.TryCreate(avatar, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("WebChat:AvatarUrl must be an http(s) URL or a path starting with /.", [nameof(AvatarUrl)]);
        }

        if (MaxTotalBytes < MaxConversationBytes)
        {
            yield return new ValidationResult("WebChat:MaxTotalBytes must be at least WebChat:MaxConversationBytes.", [nameof(MaxTotalBytes)]);
        }

        if (TokenMaxLifetime < TokenLifetime)
        {
            yield return new ValidationResult("WebChat:TokenMaxLifetime must be at least WebChat:TokenLifetime.", [nameof(TokenMaxLifetime)]);
        }

        foreach (var language in Welcome.Keys.Where(key => key.Length != 2 || !LanguageRegistry.Shared.IsSupported(key)))
        {
            yield return new ValidationResult($"WebChat:Welcome:{language} is not a supported language ({LanguageRegistry.Shared.Codes}).", [nameof(Welcome)]);
        }

        foreach (var origin in AllowedOrigins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out _)))
        {
            yield return new ValidationResult($"WebChat:AllowedOrigins entry '{origin}' is not an absolute origin such as https://www.example.de.", [nameof(AllowedOrigins)]);
        }
    }
}
