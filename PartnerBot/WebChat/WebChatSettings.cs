using System.Globalization;
using PartnerBot.Bots;
using PartnerBot.Languages;

namespace PartnerBot.WebChat;

/// <summary>What the browser script needs to show the chat: looks, language, where to get a token. Never a secret.</summary>
public sealed record WebChatSettings
{
    public required string BusinessName { get; init; }

    public required string Welcome { get; init; }

    public required string ChatTitle { get; init; }

    public required string AccentColor { get; init; }

    /// <summary>Absolute, so the embed on another site finds it.</summary>
    public string? AvatarUrl { get; init; }

    public required string AvatarInitials { get; init; }

    /// <summary><c>de</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Web Chat's locale, e.g. <c>de-DE</c>.</summary>
    public required string Locale { get; init; }

    public required bool WebSocket { get; init; }

    /// <summary>Where the script gets a token (<c>POST</c>): the local channel's or Azure's, decided by the server.</summary>
    public required string TokenUrl { get; init; }

    /// <summary>The input's limit: <c>Bot:MaxMessageLength</c>, the one Direct Line and the bot apply too.</summary>
    public required int MaxMessageLength { get; init; }

    public required string OpenChat { get; init; }

    public required string CloseChat { get; init; }

    public required string Unavailable { get; init; }

    public required string TooLong { get; init; }

    /// <summary>The business's Impressum (DDG §5), always one click away in the chat.</summary>
    public required string ImprintUrl { get; init; }

    /// <summary>The business's Datenschutzerklärung, always one click away in the chat.</summary>
    public required string PrivacyUrl { get; init; }

    public required string Imprint { get; init; }

    public required string Privacy { get; init; }

    /// <summary>The line that says an automated assistant answers, with the business's name.</summary>
    public required string Assistant { get; init; }

    /// <summary>The chat's scripts under <see cref="WebChatAssets.RequestPath"/>, in the order they run (the embed loads them).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = WebChatAssets.Scripts;

    /// <summary>The version of the chat's files, for their URLs (<see cref="WebChatAssets.Version"/>).</summary>
    public string AssetVersion { get; init; } = WebChatAssets.Version;

    /// <summary>The settings for a request in a language.</summary>
    /// <remarks>The accent colour is darkened where the business's colour would leave white text on it unreadable.</remarks>
    /// <param name="language">A language code (<c>fr</c>) or a whole locale (<c>fr-CH</c>, then the chat speaks in that locale).</param>
    public static WebChatSettings Create(HttpRequest request, string language, WebChatOptions options, BotOptions bot, WebChatTextCatalog catalog)
    {
        var locale = LanguageRegistry.Shared.Resolve(language);
        language = locale.Language.Code;
        var text = catalog.For(language);
        var origin = ChannelUrls.PublicOrigin(request);
        return new WebChatSettings
        {
            BusinessName = options.BusinessName ?? "",
            Welcome = options.Welcome.TryGetValue(language, out var welcome) && !string.IsNullOrWhiteSpace(welcome) ? welcome : text.Welcome,
            ChatTitle = string.Format(CultureInfo.InvariantCulture, text.ChatTitle, options.BusinessName ?? ""),
            AccentColor = AccentColors.ReadableUnderWhiteText(options.AccentColor),
            AvatarUrl = options.AvatarUrl is { Length: > 0 } avatar && avatar.StartsWith('/') ? origin + avatar : options.AvatarUrl,
            AvatarInitials = options.AvatarInitials,
            Language = language,
            Locale = locale.Name,
            WebSocket = options.UseWebSocket,
            TokenUrl = origin + WebChatEndpoints.TokenPath,
            MaxMessageLength = bot.MaxMessageLength,
            OpenChat = text.OpenChat,
            CloseChat = text.CloseChat,
            Unavailable = text.Unavailable,
            TooLong = string.Format(CultureInfo.InvariantCulture, text.TooLong, bot.MaxMessageLength),
            ImprintUrl = bot.ImprintUrl,
            PrivacyUrl = bot.PrivacyUrl,
            Imprint = text.Imprint,
            Privacy = text.Privacy,
            Assistant = string.Format(CultureInfo.InvariantCulture, text.Assistant, options.BusinessName ?? bot.BusinessName),
        };
    }
}
